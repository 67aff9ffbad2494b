/**
 * Learns lib/analysis/data/character-pairs.json: how often two Chinese characters stand together in real
 * Taobao listing titles and search queries, and how often each character begins or ends a word there. The
 * segmenter uses it to decide which word a stray character belongs to (lib/analysis/character-pairs.ts).
 *
 * The corpus is read from public research datasets at fixed commits (below); only counts are written, never a
 * title or a query. None of the four repositories states a licence: what ships is aggregate character
 * statistics, not their text (a point to confirm before a commercial release). Titles of the hand-segmented
 * test set (tests/fixtures/titles) come from other repositories, and the script refuses to run if any of them is
 * in the corpus.
 *
 *   npm run learn:pairs -- [--mirrors DIR] [--out FILE]
 *
 * DIR holds one git repository per source as DIR/<owner>+<name>/repo (the layout of the look-up tool's
 * snapshots) or DIR/<owner>+<name> (a plain clone); default /work/.mirror.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as jieba from 'jieba-wasm';
import { encodeCount, type CharacterPairData } from '../lib/analysis/character-pairs';
import { createSegmenter } from '../lib/analysis/segment';
import { stripMarkup } from '../lib/text/strip-markup';

type Format = 'conll-space' | 'conll-tab' | 'hash-fields' | 'tsv';

interface Source {
  repo: string;
  commit: string;
  paths: string[];
  format: Format;
  what: string;
}

const SOURCES: Source[] = [
  {
    repo: 'allanj/ner_incomplete_annotation',
    commit: 'a885c29bba4178885dcf4b674019650775d9512c',
    paths: ['data/ecommerce/train.txt', 'data/ecommerce/dev.txt', 'data/ecommerce/test.txt'],
    format: 'conll-space',
    what: 'Taobao listing titles of an e-commerce NER dataset (Jie et al., NAACL 2019), one character per line',
  },
  {
    repo: 'PhantomGrapes/MultiDigraphNER',
    commit: 'b29aec76dc6edc4dd757ebd6d8c166df2c4b0630',
    paths: ['data/ecommerce/train.txt.bieos', 'data/ecommerce/dev.txt.bieos', 'data/ecommerce/test.txt.bieos'],
    format: 'conll-tab',
    what: 'Taobao listing titles of an e-commerce NER dataset (Ding et al., ACL 2019), one character per line',
  },
  {
    repo: 'zhanxlin/Product1M',
    commit: 'd4befb668d5a1eb1a44b6eaa1ee5fc7ea6e4e319',
    paths: ['Poudct1M/product1m_test_ossurl_v2.txt', 'Poudct1M/product1m_dev_ossurl_v2.txt'],
    format: 'hash-fields',
    what: 'Taobao/Tmall beauty listing titles of the Product1M retrieval dataset (ICCV 2021), second #####-field',
  },
  {
    repo: 'Alibaba-NLP/Multi-CPR',
    commit: 'a4e467182a3e2c110528a1575d79b33cc449d2c3',
    paths: ['data/ecom/train.query.txt'],
    format: 'tsv',
    what: 'Taobao search queries of the Multi-CPR passage-retrieval dataset (SIGIR 2022), second tab field',
  },
];

const HAN = /\p{Script=Han}/u;
// Basic Multilingual Plane only: the table is read by UTF-16 offsets (rare characters beyond it are left out).
const HAN_RUN = /[\p{Script=Han}--[\u{10000}-\u{10FFFF}]]+/gv;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

function readSource(mirrors: string, source: Source, path: string): string {
  const name = source.repo.replace('/', '+');
  const dir = [join(mirrors, name, 'repo'), join(mirrors, name)].find((d) => existsSync(d));
  if (!dir) throw new Error(`${source.repo} not found under ${mirrors}`);
  return execFileSync('git', ['-C', dir, 'show', `${source.commit}:${path}`], { maxBuffer: 1 << 28 }).toString('utf8');
}

/** Lines of text (titles or queries) in one file. */
function linesOf(text: string, format: Format): string[] {
  if (format === 'hash-fields') return text.split('\n').map((l) => l.split('#####')[1] ?? '');
  if (format === 'tsv') return text.split('\n').map((l) => l.split('\t')[1] ?? '');
  const separator = format === 'conll-tab' ? '\t' : ' ';
  const lines: string[] = [];
  let current = '';
  for (const row of text.split('\n')) {
    const line = row.replace(/\r$/, '');
    if (!line.trim()) {
      if (current) lines.push(current);
      current = '';
      continue;
    }
    const cut = line.lastIndexOf(separator);
    current += cut > 0 ? line.slice(0, cut) : ' ';
  }
  if (current) lines.push(current);
  return lines;
}

function countOf(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string): string => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
  };
  const mirrors = option('--mirrors', '/work/.mirror');
  const root = resolve(import.meta.dirname, '..');
  const out = resolve(option('--out', join(root, 'lib/analysis/data/character-pairs.json')));
  const minPairCount = 3;

  const corpus = new Set<string>();
  const read: { repo: string; commit: string; paths: string[]; what: string; lines: number }[] = [];
  for (const source of SOURCES) {
    let lines = 0;
    for (const path of source.paths) {
      for (const raw of linesOf(readSource(mirrors, source, path), source.format)) {
        const line = stripMarkup(raw).replace(/\s+/g, ' ').trim();
        if ([...line].filter((c) => HAN.test(c)).length < 2 || corpus.has(line)) continue;
        corpus.add(line);
        lines++;
      }
    }
    read.push({ repo: source.repo, commit: source.commit, paths: source.paths, what: source.what, lines });
    console.log(`${source.repo}: ${lines} lines`);
  }

  const testTitles = (
    JSON.parse(readFileSync(join(root, 'tests/fixtures/titles/real-titles.json'), 'utf8')) as { titles: { title: string }[] }
  ).titles;
  const leaked = testTitles.filter((t) => corpus.has(t.title));
  if (leaked.length) throw new Error(`test titles in the corpus: ${leaked.map((t) => t.title).join(' / ')}`);

  const characters = new Map<string, number>();
  const pairs = new Map<string, number>();
  const begins = new Map<string, number>();
  const ends = new Map<string, number>();
  let total = 0;
  // Word edges as the segmenter cuts without this table (no circularity).
  const segmenter = createSegmenter(jieba, [], null);
  for (const line of corpus) {
    for (const run of line.match(HAN_RUN) ?? []) {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        total++;
        countOf(characters, chars[i]!);
        if (i) countOf(pairs, chars[i - 1]! + chars[i]!);
      }
    }
    for (const word of segmenter.cut(line)) {
      if (!HAN_WORD.test(word)) continue;
      const chars = Array.from(word);
      countOf(begins, chars[0]!);
      countOf(ends, chars.at(-1)!);
    }
  }

  const byKey = <T>(map: Map<string, T>): [string, T][] => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const data: CharacterPairData & { note: string; sources: typeof read; lines: number } = {
    note: 'Generated by scripts/learn-character-pairs.ts; do not edit. Counts of Chinese characters, of adjacent character pairs (pairs seen fewer than minPairCount times dropped) and of words each character begins and ends, in the listing titles and search queries of the sources below. Codes: lib/analysis/character-pairs.ts. No title or query is stored.',
    sources: read,
    lines: corpus.size,
    characters: total,
    minPairCount,
    characterCounts: byKey(characters)
      .map(([c, n]) => c + encodeCount(n))
      .join(''),
    pairs: byKey(pairs)
      .filter(([, n]) => n >= minPairCount)
      .map(([p, n]) => p + encodeCount(n))
      .join(''),
    wordEdges: byKey(characters)
      .map(([c]) => c + encodeCount((begins.get(c) ?? 0) + 1) + encodeCount((ends.get(c) ?? 0) + 1))
      .join(''),
  };
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`${corpus.size} lines, ${total} characters, ${characters.size} distinct, ${data.pairs.length / 3} pairs kept → ${out}`);
}

main();
