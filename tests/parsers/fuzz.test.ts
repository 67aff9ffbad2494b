import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { parse1688ItemPage } from '../../lib/sites/1688/item';
import { parse1688SearchPage } from '../../lib/sites/1688/search';
import { readItemPage } from '../../lib/sites/general/read-item-page';
import { parseItemJson, parseItemPage } from '../../lib/sites/item-parse';
import { detectPage } from '../../lib/sites/page-type';
import type { ParseResult } from '../../lib/sites/parse-result';
import { parseSearchPage } from '../../lib/sites/search-page';
import { parseTaobaoItemPage } from '../../lib/sites/taobao/item';
import { parseTaobaoItemResponse } from '../../lib/sites/taobao/item-data';
import { parseTaobaoSearchPage } from '../../lib/sites/taobao/search';
import { parseTmallSearchPage } from '../../lib/sites/tmall/search';
import { seededRandom } from '../../scripts/support/seeded-random';
import { SITES } from './load-fixture';

/**
 * Fuzz test of the page parsers: a fixed, seeded set of mutants of the saved result pages, item pages and JSON
 * responses (truncated, elements deleted, texts swapped, cards duplicated, garbage markup and attributes, JSON
 * corrupted, numbers replaced by huge / negative / NaN / hex ones). For every mutant, parseSearchPage /
 * parseItemPage (and parseItemJson for saved item JSON) must not throw (nor fall into their last-resort catch,
 * "解析出错"), and what they return must be sound: every item has an id and a title (a search item's id has
 * no ':' unless it is an ad), every number is finite and non-negative, rates are within 0–1.
 *
 * Reproduce one mutant: `MUTANT=<index> npx vitest run tests/parsers/fuzz.test.ts` prints its description;
 * `FUZZ_SEED=<n>` explores another seed (the suite always runs SEED); `FUZZ_REPORT=1` prints how many mutants of
 * each kind still parsed. Speed is measured by `npm run bench`, not here.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_611);
const MUTANTS = 200;
const ONLY = process.env.MUTANT === undefined ? null : Number(process.env.MUTANT);

const KW = '%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
const GBK = '%C1%AC%C3%B1%CE%C0%D2%C2%C5%AE';
const TB = `https://s.taobao.com/search?q=${KW}`;
const S1688 = `https://s.1688.com/selloffer/offer_search.htm?keywords=${GBK}&beginPage=1`;
const MTOP_TB = 'h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json';
const MTOP_1688 = 'h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index';

/** What to mutate: a saved page, or (with `page`) a response observed on that page, or a saved item JSON file. */
interface Target {
  kind: 'search' | 'item' | 'item-json';
  /** Fixture path under tests/fixtures/sites (`../samples/…` for the saved JSON samples). */
  file: string;
  url: string;
  /** The page a mutated JSON response is observed on (unmutated). */
  page?: string;
  /** Wraps the parsed JSON before it is observed (a pcdetail response around an ICE `res`). */
  wrap?: (json: unknown) => unknown;
}

const TARGETS: Target[] = [
  // Result pages (every layout we read, plus the broken, partial and unknown ones).
  ...[
    'search.html',
    'search~cards2023.html',
    'search~general.html',
    'search~legacy.html',
    'search~mtop.html',
    'search~partial.html',
    'search~unknown-layout.html',
    'search~broken.html',
  ].map((f): Target => ({ kind: 'search', file: `s.taobao.com/${f}`, url: TB })),
  { kind: 'search', file: 's.taobao.com/search~legacy-p2.html', url: `${TB}&s=44` },
  { kind: 'search', file: 's.taobao.com/search~p2.html', url: `${TB}&page=2` },
  { kind: 'search', file: 'list.tmall.com/search_product.htm', url: `https://list.tmall.com/search_product.htm?q=${KW}` },
  ...['offer_search.htm', 'offer_search~dom.html', 'offer_search~general.html', 'offer_search~legacy.html', 'offer_search~state.html'].map(
    (f): Target => ({ kind: 'search', file: `s.1688.com/selloffer/${f}`, url: S1688 }),
  ),
  // Item pages.
  ...['597090034012', '597090034012~changed', '710000000001', '720000000001', '730000000001', '833454967766', '943009939489'].map(
    (f): Target => ({
      kind: 'item',
      file: `detail.1688.com/offer/${f}.html`,
      url: `https://detail.1688.com/offer/${f.replace(/~.*/, '')}.html`,
    }),
  ),
  { kind: 'item', file: 'detail.tmall.com/item.htm', url: 'https://detail.tmall.com/item.htm?id=612345678901' },
  { kind: 'item', file: 'detail.tmall.com/item~real.html', url: 'https://detail.tmall.com/item.htm?id=617129397971' },
  { kind: 'item', file: 'item.taobao.com/item.htm', url: 'https://item.taobao.com/item.htm?id=684512345678' },
  // JSON responses, observed on their page.
  { kind: 'search', file: MTOP_TB, url: TB, page: 's.taobao.com/search~mtop.html' },
  { kind: 'search', file: `${MTOP_1688}.json`, url: S1688, page: 's.1688.com/selloffer/offer_search.htm' },
  {
    kind: 'search',
    file: `${MTOP_1688}~p2.json`,
    url: S1688.replace('beginPage=1', 'beginPage=2'),
    page: 's.1688.com/selloffer/offer_search.htm',
  },
  {
    kind: 'item',
    file: '../samples/taobao/tmall-item-617129397971-ice-context-2026-09.json',
    url: 'https://detail.tmall.com/item.htm?id=617129397971',
    page: 'detail.tmall.com/item~real.html',
    // The page's own pcdetail response carries the same `res` the ICE context does.
    wrap: (json) => ({
      ret: ['SUCCESS::调用成功'],
      data: (json as { loaderData?: { home?: { data?: { res?: unknown } } } })?.loaderData?.home?.data?.res,
    }),
  },
  // Saved item JSON files (CLI import): parseItemJson.
  {
    kind: 'item-json',
    file: '../samples/1688/detail_INIT_DATA_833454967766_2024-10.json',
    url: 'https://detail.1688.com/offer/833454967766.html',
  },
  { kind: 'item-json', file: '../samples/1688/detail_INIT_DATA_597090034012_2024-10.json', url: 'saved.json' },
  { kind: 'item-json', file: '../samples/taobao/tmall-item-617129397971-ice-context-2026-09.json', url: 'saved.json' },
];

/** Values that must never come out of a parser as a number. */
const EVIL_NUMBERS = [
  '99999999999999999999999',
  '-1',
  'NaN',
  '0x1F',
  '1e400',
  'Infinity',
  '-0',
  '9007199254740993',
  '-5.5',
  '1.2.3',
  '¥-5',
  '-12.5--30',
  '１２３',
  '',
];
/** The same as JSON tokens (1e400 parses to Infinity, so observed objects can hold it). */
const EVIL_JSON_TOKENS = [
  '1e400',
  '-1',
  '99999999999999999999999',
  '-0',
  '"NaN"',
  '"0x1F"',
  '"-1"',
  '"1e400"',
  '"Infinity"',
  'null',
  '[]',
  '{}',
  '""',
];
/** As values in a parsed response: the strings above and numbers JSON.parse can give (1e400 is Infinity). */
const EVIL_VALUES: unknown[] = [...EVIL_NUMBERS, -1, -5.5, 1e23, Number.POSITIVE_INFINITY, -0];
/** Markup a broken or hostile page might hold. */
const GARBAGE = [
  '<div class="priceInt--x">-1</div><div class="priceFloat--x">.e400</div>',
  '<span class="realSales--x">99999999999999999999999人付款</span>',
  '"><script>g_page_config = {"mods":',
  '</script><script>window.context = (function(b,c){',
  '<!--',
  ']]>',
  '</div></div></div>',
  '<a href="//click.simba.taobao.com/cc_im?x=1" data-spm="p4p">广告</a>',
  '<a href="https://item.taobao.com/item.htm?id=">',
  '<a href="https://detail.1688.com/offer/.html"></a>',
  '<img src="javascript:alert(1)">',
  '\u0000\uffff\ud800',
  '{"itemId":"a:b","price":"NaN","title":""}',
  '<div class="Card--doubleCardWrapper"><div class="Title--title"></div></div>',
  '<title></title><h1></h1>',
];
/** Attributes sprinkled on random elements. */
const GARBAGE_ATTRIBUTES: [string, string][] = [
  ['class', 'priceInt--a1'],
  ['class', 'realSales--b2'],
  ['class', 'title--c3'],
  ['href', 'https://item.taobao.com/item.htm?id=-1'],
  ['href', '//click.simba.taobao.com/x'],
  ['data-item-id', ''],
  ['data-offer-id', '0x1F'],
  ['id', ':'],
  ['src', '//img.alicdn.com/-1.jpg'],
  ['data-src', ''],
  ['title', '<span class=H>卫衣</span>'],
  ['style', 'display:none'],
];

const read = (file: string): string => readFileSync(resolve(SITES, file), 'utf8');
const sources = new Map<string, string>();
const source = (file: string): string => sources.get(file) ?? (sources.set(file, read(file)), sources.get(file)!);

const windows = new Map<string, Window>();
function parseHtml(html: string, url: string): Document {
  let window = windows.get(url);
  if (!window) {
    window = new Window({
      url,
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    windows.set(url, window);
  }
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
afterAll(async () => {
  await Promise.all([...windows.values()].map((w) => w.happyDOM.close()));
});

type Rng = () => number;
const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)]!;

// ── Mutations of page source text ───────────────────────────────────────────────────────────────────
type TextMutation = (rng: Rng, s: string) => [string, string];

const TEXT_MUTATIONS: Record<string, TextMutation> = {
  truncate: (rng, s) => {
    const at = int(rng, s.length);
    return [s.slice(0, at), `truncate at ${at}/${s.length}`];
  },
  deleteRange: (rng, s) => {
    const at = int(rng, s.length);
    const n = 1 + int(rng, 2000);
    return [s.slice(0, at) + s.slice(at + n), `delete ${n} chars at ${at}`];
  },
  insertGarbage: (rng, s) => {
    const at = int(rng, s.length);
    const g = pick(rng, GARBAGE);
    return [s.slice(0, at) + g + s.slice(at), `insert ${JSON.stringify(g)} at ${at}`];
  },
  replaceNumbers: (rng, s) => {
    const numerals = [...s.matchAll(/\d+(?:\.\d+)?/g)];
    if (!numerals.length) return [s, 'no numbers'];
    const chosen = new Set(Array.from({ length: 1 + int(rng, 40) }, () => int(rng, numerals.length)));
    const evil = pick(rng, EVIL_NUMBERS);
    let out = '';
    let last = 0;
    for (const i of [...chosen].sort((a, b) => a - b)) {
      const m = numerals[i]!;
      out += s.slice(last, m.index) + evil;
      last = m.index + m[0].length;
    }
    return [
      out + s.slice(last),
      `replace ${chosen.size} numbers with ${JSON.stringify(evil)} (first at ${numerals[Math.min(...chosen)]!.index})`,
    ];
  },
  replaceAllNumbers: (rng, s) => {
    const evil = pick(rng, EVIL_NUMBERS);
    return [s.replace(/\d+(?:\.\d+)?/g, evil), `replace every number with ${JSON.stringify(evil)}`];
  },
};

// ── Mutations of the parsed document ────────────────────────────────────────────────────────────────
type DomMutation = (rng: Rng, doc: Document) => string;

const elementsOf = (doc: Document): Element[] =>
  [...doc.querySelectorAll('*')].filter((e) => !['HTML', 'HEAD', 'BODY'].includes(e.tagName));
const leavesOf = (doc: Document): Element[] => elementsOf(doc).filter((e) => e.children.length === 0 && (e.textContent ?? '').trim());
const where = (e: Element): string =>
  `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${(e.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}` : ''}>`;

const DOM_MUTATIONS: Record<string, DomMutation> = {
  deleteElements: (rng, doc) => {
    const all = elementsOf(doc);
    const gone: string[] = [];
    for (let k = 1 + int(rng, 8); k > 0 && all.length; k--) {
      const e = all[int(rng, all.length)]!;
      gone.push(where(e));
      e.remove();
    }
    return `delete ${gone.join(' ')}`;
  },
  swapTexts: (rng, doc) => {
    const leaves = leavesOf(doc);
    if (leaves.length < 2) return 'no texts to swap';
    const pairs: string[] = [];
    for (let k = 1 + int(rng, 10); k > 0; k--) {
      const a = leaves[int(rng, leaves.length)]!;
      const b = leaves[int(rng, leaves.length)]!;
      const t = a.textContent;
      a.textContent = b.textContent;
      b.textContent = t;
      pairs.push(`${where(a)}↔${where(b)}`);
    }
    return `swap texts ${pairs.join(' ')}`;
  },
  evilTexts: (rng, doc) => {
    const leaves = leavesOf(doc);
    const changed: string[] = [];
    for (let k = 1 + int(rng, 15); k > 0 && leaves.length; k--) {
      const e = leaves[int(rng, leaves.length)]!;
      const v = pick(rng, EVIL_NUMBERS);
      e.textContent = v;
      changed.push(`${where(e)}=${JSON.stringify(v)}`);
    }
    return `set texts ${changed.join(' ')}`;
  },
  duplicateCards: (rng, doc) => {
    // A card is an element among ≥ 3 siblings of its own tag (a list of cards, rows, tiles).
    const cards = elementsOf(doc).filter(
      (e) => e.parentElement && [...e.parentElement.children].filter((s) => s.tagName === e.tagName).length >= 3 && e.tagName !== 'SCRIPT',
    );
    if (!cards.length) return 'no cards to duplicate';
    const card = cards[int(rng, cards.length)]!;
    const copies = 1 + int(rng, 3);
    for (let k = 0; k < copies; k++) card.after(card.cloneNode(true));
    return `duplicate ${where(card)} ×${copies}`;
  },
  garbageAttributes: (rng, doc) => {
    const all = elementsOf(doc);
    const set: string[] = [];
    for (let k = 1 + int(rng, 10); k > 0 && all.length; k--) {
      const e = all[int(rng, all.length)]!;
      const [name, value] = pick(rng, GARBAGE_ATTRIBUTES);
      e.setAttribute(name, value);
      set.push(`${where(e)}[${name}=${JSON.stringify(value)}]`);
    }
    return `attributes ${set.join(' ')}`;
  },
};

// ── Mutations of a JSON response ────────────────────────────────────────────────────────────────────
type JsonPath = (string | number)[];

function leafPaths(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
    if (path.length) out.push(path);
  } else out.push(path);
  return out;
}
function arrayPaths(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (value && typeof value === 'object') {
    if (Array.isArray(value) && value.length) out.push(path);
    for (const [k, v] of Object.entries(value)) arrayPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}
function parentOf(root: unknown, path: JsonPath): Record<string | number, unknown> | null {
  let node = root as Record<string | number, unknown> | null;
  for (const k of path.slice(0, -1)) node = (node?.[k] as Record<string | number, unknown>) ?? null;
  return node && typeof node === 'object' ? node : null;
}
const show = (path: JsonPath): string => path.join('.');

type JsonMutation = (rng: Rng, text: string) => [unknown, string];

const JSON_MUTATIONS: Record<string, JsonMutation> = {
  // Text corruption: the result is handed over parsed when it still parses, else as the raw text.
  corruptText: (rng, text) => {
    let s = text;
    const edits: string[] = [];
    for (let k = 1 + int(rng, 5); k > 0; k--) {
      const at = int(rng, s.length);
      const n = 1 + int(rng, 20);
      if (rng() < 0.5) {
        s = s.slice(0, at) + s.slice(at + n);
        edits.push(`delete ${n}@${at}`);
      } else {
        s = s.slice(0, at) + s.slice(at, at + n) + s.slice(at);
        edits.push(`duplicate ${n}@${at}`);
      }
    }
    try {
      return [JSON.parse(s), `text ${edits.join(', ')} (still JSON)`];
    } catch {
      return [s, `text ${edits.join(', ')} (raw text, not JSON)`];
    }
  },
  numberTokens: (rng, text) => {
    const numerals = [...text.matchAll(/(?<=[:[,]\s*)-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?=\s*[,}\]])|"-?\d+(?:\.\d+)?"(?!\s*:)/g)];
    if (!numerals.length) return [JSON.parse(text), 'no numbers'];
    const chosen = new Set(Array.from({ length: 1 + int(rng, 40) }, () => int(rng, numerals.length)));
    const evil = pick(rng, EVIL_JSON_TOKENS);
    let out = '';
    let last = 0;
    for (const i of [...chosen].sort((a, b) => a - b)) {
      const m = numerals[i]!;
      out += text.slice(last, m.index) + evil;
      last = m.index + m[0].length;
    }
    const mutated = out + text.slice(last);
    try {
      return [JSON.parse(mutated), `replace ${chosen.size} numbers with ${evil}`];
    } catch {
      // A number inside a string ("尺码:12,"), replaced by a quoted token, breaks the JSON: observed as text.
      return [mutated, `replace ${chosen.size} numbers with ${evil} (raw text, not JSON)`];
    }
  },
  leaves: (rng, text) => {
    const json = JSON.parse(text) as unknown;
    const paths = leafPaths(json);
    const changed: string[] = [];
    for (let k = 1 + int(rng, 30); k > 0; k--) {
      const path = paths[int(rng, paths.length)]!;
      const parent = parentOf(json, path);
      if (!parent) continue;
      const key = path[path.length - 1]!;
      const roll = rng();
      if (roll < 0.3) {
        delete parent[key];
        changed.push(`delete ${show(path)}`);
      } else {
        const v = pick(rng, [...EVIL_VALUES, null, {}, [], true, '<b>', 'a:b']);
        parent[key] = v;
        changed.push(`${show(path)}=${typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : JSON.stringify(v)}`);
      }
    }
    return [json, `leaves ${changed.join(', ')}`];
  },
  // Few numbers changed, so the response is still read and the bad values reach the output.
  numericLeaves: (rng, text) => {
    const json = JSON.parse(text) as unknown;
    const paths = leafPaths(json).filter((path) => {
      const v = parentOf(json, path)?.[path[path.length - 1]!];
      return typeof v === 'number' || (typeof v === 'string' && /^-?\d+(?:\.\d+)?$/.test(v));
    });
    const changed: string[] = [];
    for (let k = 1 + int(rng, 6); k > 0 && paths.length; k--) {
      const path = paths[int(rng, paths.length)]!;
      const v = pick(rng, EVIL_VALUES);
      parentOf(json, path)![path[path.length - 1]!] = v;
      changed.push(`${show(path)}=${typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : JSON.stringify(v)}`);
    }
    return [json, `numbers ${changed.join(', ')}`];
  },
  duplicateEntries: (rng, text) => {
    const json = JSON.parse(text) as unknown;
    const paths = arrayPaths(json);
    if (!paths.length) return [json, 'no arrays'];
    const path = pick(rng, paths);
    const list = (path.length ? parentOf(json, path)?.[path[path.length - 1]!] : json) as unknown[];
    const i = int(rng, list.length);
    const copies = 1 + int(rng, 3);
    list.splice(i, 0, ...Array.from({ length: copies }, () => structuredClone(list[i])));
    return [json, `duplicate ${show(path)}[${i}] ×${copies}`];
  },
};

// ── What a parser may return ────────────────────────────────────────────────────────────────────────
/** Every number anywhere in the value (positions, prices, sales, tiers, stock, rates) is finite and ≥ 0. */
function numberProblems(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) out.push(`${path} = ${Object.is(value, -0) ? '-0' : value}`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) numberProblems(v, path ? `${path}.${k}` : k, out);
  }
}

function rateProblem(rate: unknown, path: string, out: string[]): void {
  if (rate !== null && rate !== undefined && !(typeof rate === 'number' && rate >= 0 && rate <= 1))
    out.push(`${path} = ${String(rate)} (rate)`);
}

function searchProblems(result: ParseResult<unknown> | null): string[] {
  if (!result?.ok) return [];
  const out: string[] = [];
  const page = result.value as { items: Record<string, unknown>[] };
  numberProblems(page, '', out);
  page.items.forEach((item, i) => {
    const at = `items[${i}]`;
    const id = item.itemId;
    const before = out.length;
    if (typeof id !== 'string' || !id.trim()) out.push(`${at}.itemId missing (${JSON.stringify(id)})`);
    else if (id.includes(':') && !item.isAd) out.push(`${at}.itemId ${JSON.stringify(id)} has ':' but isAd is false`);
    // Ads are kept without id or title on purpose, to be counted as excluded (search-sources.ts dropUnidentified).
    if (!item.isAd && (typeof item.title !== 'string' || !item.title.trim()))
      out.push(`${at}.title missing (${JSON.stringify(item.title)})`);
    rateProblem(item.repurchaseRate, `${at}.repurchaseRate`, out);
    if (out.length > before) out.push(`↳ ${at} = ${JSON.stringify(item).slice(0, 400)}`);
  });
  return out;
}

function itemProblems(result: ParseResult<unknown> | null): string[] {
  if (!result?.ok) return [];
  const out: string[] = [];
  const page = result.value as Record<string, unknown>;
  numberProblems(page, '', out);
  if (typeof page.itemId !== 'string' || !page.itemId.trim()) out.push(`itemId missing (${JSON.stringify(page.itemId)})`);
  if (typeof page.title !== 'string' || !page.title.trim()) out.push(`title missing (${JSON.stringify(page.title)})`);
  rateProblem(page.repurchaseRate, 'repurchaseRate', out);
  return out;
}

/** The parsers catch their own errors ("解析出错：…"); that catch is a last guard, reaching it is a defect. */
function guardProblem(result: ParseResult<unknown> | null): string[] {
  return result && !result.ok && result.reason.startsWith('解析出错') ? [`threw: ${result.reason}`] : [];
}

/** Runs the platform parsers without the wrappers' catch, to show where a caught error came from. */
function stackOf(target: Target, doc: Document, observed: unknown[]): string {
  const info = detectPage(target.url);
  const run = (): unknown => {
    if (target.kind === 'search') {
      const url = new URL(target.url);
      const kw = info.keyword ?? '';
      if (info.platform === 'taobao') return parseTaobaoSearchPage(doc, url, kw, observed);
      if (info.platform === 'tmall') return parseTmallSearchPage(doc, url, kw);
      return parse1688SearchPage(doc, url, kw, observed);
    }
    if (info.platform !== '1688') for (const json of observed) parseTaobaoItemResponse(json, target.url, info.platform!);
    const known = info.platform === '1688' ? parse1688ItemPage(doc, target.url) : parseTaobaoItemPage(doc, target.url, info.platform!);
    return known.ok ? known : readItemPage(doc, target.url);
  };
  try {
    run();
    return '(no stack: the error did not repeat)';
  } catch (error) {
    return error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 8).join('\n') : String(error);
  }
}

interface Mutant {
  index: number;
  target: Target;
  mutation: string;
  problems: string[];
  stack?: string | undefined;
  /** The parser returned a page (so its items were checked), not a refusal. */
  ok: boolean;
}

/** Runs a parser, turning a throw (or a fall into its last-resort catch) into a problem with its stack. */
function check(
  kind: Target['kind'],
  parse: () => ParseResult<unknown> | null,
  stack: () => string,
): Pick<Mutant, 'problems' | 'stack' | 'ok'> {
  let result: ParseResult<unknown> | null;
  try {
    result = parse();
  } catch (error) {
    return { problems: [`threw: ${String(error)}`], stack: error instanceof Error ? error.stack : undefined, ok: false };
  }
  const problems = [...guardProblem(result), ...(kind === 'search' ? searchProblems(result) : itemProblems(result))];
  return { problems, stack: problems.some((p) => p.startsWith('threw')) ? stack() : undefined, ok: result?.ok ?? false };
}

function runMutant(index: number): Mutant {
  const target = TARGETS[index % TARGETS.length]!;
  const rng = seededRandom(SEED + index * 7919);
  const steps: string[] = [];
  const done = (outcome: Pick<Mutant, 'problems' | 'stack' | 'ok'>): Mutant => ({ index, target, mutation: steps.join(' | '), ...outcome });

  if (target.kind === 'item-json' || target.page !== undefined) {
    const name = pick(rng, Object.keys(JSON_MUTATIONS));
    const [value, note] = JSON_MUTATIONS[name]!(rng, source(target.file));
    steps.push(`${name}: ${note}`);
    if (target.kind === 'item-json')
      return done(
        check(
          'item',
          () => parseItemJson(value, target.url),
          () => '(parseItemJson has no inner catch)',
        ),
      );
    const observed = [target.wrap && typeof value !== 'string' ? target.wrap(value) : value];
    // The page itself is not mutated: the response is what is under test.
    const doc = parseHtml(source(target.page!), target.url);
    return done(
      check(
        target.kind,
        () => (target.kind === 'search' ? parseSearchPage(doc, target.url, observed) : parseItemPage(doc, target.url, observed)),
        () => stackOf(target, doc, observed),
      ),
    );
  }

  // A page: 0–2 mutations of its source text, then 0–3 of the parsed document, at least one in all.
  let html = source(target.file);
  let textCount = int(rng, 3);
  let domCount = int(rng, 4);
  if (textCount + domCount === 0) {
    if (rng() < 0.5) textCount = 1;
    else domCount = 1;
  }
  for (let k = 0; k < textCount; k++) {
    const name = pick(rng, Object.keys(TEXT_MUTATIONS));
    const [next, note] = TEXT_MUTATIONS[name]!(rng, html);
    html = next;
    steps.push(`${name}: ${note}`);
  }
  const doc = parseHtml(html, target.url);
  for (let k = 0; k < domCount; k++) {
    const name = pick(rng, Object.keys(DOM_MUTATIONS));
    steps.push(`${name}: ${DOM_MUTATIONS[name]!(rng, doc)}`);
  }
  return done(
    check(
      target.kind,
      () => (target.kind === 'search' ? parseSearchPage(doc, target.url) : parseItemPage(doc, target.url)),
      // The parsers do not change the document, so the same one shows where the caught error came from.
      () => stackOf(target, doc, []),
    ),
  );
}

function describeMutant(m: Mutant): string {
  return [
    `mutant #${m.index} of ${m.target.file}${m.target.page ? ` (observed on ${m.target.page})` : ''} at ${m.target.url}`,
    `  mutation: ${m.mutation.length > 600 ? `${m.mutation.slice(0, 600)}…` : m.mutation}`,
    ...m.problems.slice(0, 8).map((p) => `  problem: ${p}`),
    ...(m.stack ? [`  stack: ${m.stack.replace(/\n/g, '\n    ')}`] : []),
  ].join('\n');
}

/** Lines starting with ↳ explain the problem line above them. */
const isEvidence = (problem: string): boolean => problem.startsWith('↳');

describe(`parsers under ${MUTANTS} seeded mutants of the saved pages and responses (seed ${SEED})`, () => {
  // 200 whole-page parses: a few seconds alone, more when other test files share the CPU (no speed is asserted).
  it('never throw and never return an item without id/title, a bad number or a rate outside 0–1', { timeout: 60_000 }, () => {
    const indexes = ONLY === null ? Array.from({ length: MUTANTS }, (_, i) => i) : [ONLY];
    const results = indexes.map(runMutant);
    if (ONLY !== null) console.log(describeMutant(results[0]!));
    if (process.env.FUZZ_REPORT) {
      const byKind = new Map<string, [number, number]>();
      for (const m of results) {
        const key = `${m.target.kind}${m.target.page ? '(observed)' : ''}`;
        const [ok, all] = byKind.get(key) ?? [0, 0];
        byKind.set(key, [ok + (m.ok ? 1 : 0), all + 1]);
      }
      console.log([...byKind].map(([k, [ok, all]]) => `${k}: ${ok}/${all} parsed`).join(', '));
    }
    const unexpected = results.filter((m) => m.problems.some((p) => !isEvidence(p)));
    expect(unexpected.map(describeMutant).join('\n\n')).toBe('');
    // The checks bite only on what parses: a fair share of mutants must still be read as a page.
    if (ONLY === null) expect(results.filter((m) => m.ok).length).toBeGreaterThan(MUTANTS / 3);
  });

  it('covers every fixture', () => {
    expect(MUTANTS).toBeGreaterThanOrEqual(TARGETS.length * 5);
    for (const t of TARGETS) expect(source(t.file).length, t.file).toBeGreaterThan(0);
  });
});

/** Smallest reproductions of the defects the fuzz found (fixed; each fails on the code before the fix). */
describe('defects found by the fuzz stay fixed', () => {
  const okValue = <T>(result: ParseResult<T> | null): T => {
    if (!result?.ok) throw new Error(result ? `${result.reason}: ${result.missing.join(', ')}` : 'not recognised');
    return result.value;
  };
  // Saved JSON, edited in place by each reproduction (JSON.parse gives `any`, as the shapes are the platforms').
  const json = (file: string) => JSON.parse(source(file));

  it('Tmall list card with data-id="" (its link still says id=…): the item gets itemId "" and stays organic', () => {
    const url = `https://list.tmall.com/search_product.htm?q=${KW}`;
    const doc = parseHtml(source('list.tmall.com/search_product.htm'), url);
    // Card 1 is an ad (its link is a simba click without an id); card 2 is organic.
    doc.querySelectorAll('.product[data-id]')[1]!.setAttribute('data-id', '');
    const second = okValue(parseSearchPage(doc, url)).items[1]!;
    expect(second.isAd).toBe(false);
    expect(second.itemId).toMatch(/^\d+$/);
  });

  it('1688 card with data-offer-id="" and no id in its link: the item gets itemId "" and stays organic', () => {
    const doc = parseHtml(source('s.1688.com/selloffer/offer_search~dom.html'), S1688);
    const card = doc.querySelector('a.search-offer-wrapper[href*="detail.1688.com/offer/"]')!;
    card.setAttribute('href', 'https://detail.1688.com/offer/.html');
    card.setAttribute('data-offer-id', '');
    const items = okValue(parseSearchPage(doc, S1688)).items;
    expect(items.filter((i) => !i.isAd).every((i) => /^\d+$/.test(i.itemId))).toBe(true);
  });

  it('1688 __INIT_DATA SKU canBookCount "-1": the SKU stock is -1', () => {
    const init = json('../samples/1688/detail_INIT_DATA_597090034012_2024-10.json');
    for (const sku of Object.values(init.globalData.skuModel.skuInfoMap as Record<string, { canBookCount: unknown }>))
      sku.canBookCount = '-1';
    const page = okValue(parseItemJson(init, 'https://detail.1688.com/offer/597090034012.html'));
    expect(page.skus.every((s) => s.stock === null || s.stock >= 0)).toBe(true);
  });

  it('1688 __INIT_DATA quantity price "-1": priceMin, priceMax and the tier price are -1', () => {
    const init = json('../samples/1688/detail_INIT_DATA_833454967766_2024-10.json');
    init.data['1081181309582'].data.priceModel.currentPrices[0].price = '-1';
    const page = okValue(parseItemJson(init, 'https://detail.1688.com/offer/833454967766.html'));
    expect(page.priceMin === null || page.priceMin >= 0).toBe(true);
  });

  it('1688 __INIT_DATA quantity beginAmount "NaN": the tier minQuantity is NaN', () => {
    const init = json('../samples/1688/detail_INIT_DATA_833454967766_2024-10.json');
    init.data['1081181309582'].data.priceModel.currentPrices[0].beginAmount = 'NaN';
    const page = okValue(parseItemJson(init, 'https://detail.1688.com/offer/833454967766.html'));
    expect(page.priceTiers.every((t) => Number.isFinite(t.minQuantity))).toBe(true);
  });

  it('1688 __INIT_DATA beginNum "1e400": the starting tier minQuantity is Infinity', () => {
    const init = json('../samples/1688/detail_INIT_DATA_597090034012_2024-10.json');
    init.globalData.orderParamModel.orderParam.beginNum = '1e400';
    const page = okValue(parseItemJson(init, 'https://detail.1688.com/offer/597090034012.html'));
    expect(page.priceTiers.every((t) => Number.isFinite(t.minQuantity))).toBe(true);
  });

  it('1688 window.context offerMinPrice "-0": priceMin is -0', () => {
    const url = 'https://detail.1688.com/offer/710000000001.html';
    const doc = parseHtml(
      source('detail.1688.com/offer/710000000001.html').replace('"offerMinPrice":"12.50"', '"offerMinPrice":"-0"'),
      url,
    );
    expect(Object.is(okValue(parseItemPage(doc, url)).priceMin, -0)).toBe(false);
  });

  it('Tmall ICE SKU quantity "-0": the SKU stock is -0', () => {
    const context = json('../samples/taobao/tmall-item-617129397971-ice-context-2026-09.json');
    for (const entry of Object.values(context.loaderData.home.data.res.skuCore.sku2info as Record<string, { quantity: unknown }>))
      entry.quantity = '-0';
    const page = okValue(parseItemJson(context, 'https://detail.tmall.com/item.htm?id=617129397971'));
    expect(page.skus.some((s) => Object.is(s.stock, -0))).toBe(false);
  });
});
