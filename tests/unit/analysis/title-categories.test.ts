import { describe, expect, it } from 'vitest';
import { isFragment } from '../../../lib/analysis/segment';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { countTitleUnits } from '../../../lib/text/title-units';
import { writeKeywordAsTitle } from '../../../lib/text/write-keyword';
import { groupByKeyword, loadRealTitles } from '../../support/real-titles';
import { nodeSegmenter } from '../../support/segmenter';

// Snapshots built from real titles listed under one keyword (bags, food, car accessories, tablets, watches,
// rings, masks, earphones, bedding): the title analysis must work for categories beyond apparel.
const groups = groupByKeyword(loadRealTitles(), 10);
const seg = nodeSegmenter();
const cases = [...groups].map(([keyword, titles]) => ({
  keyword,
  category: titles[0]!.category,
  benchmark: prepareTitleBenchmark(
    benchmarkOfSnapshot({ platform: 'taobao', keyword, items: titles.map((t) => ({ title: t.title, sales: null })) }),
    seg,
    DEFAULT_SETTINGS,
  ),
}));

describe('title analysis on real titles of other categories', () => {
  it('has snapshots of at least 5 non-apparel categories', () => {
    expect(new Set(cases.map((c) => c.category).filter((c) => c !== 'apparel-shoes')).size).toBeGreaterThanOrEqual(5);
  });

  describe.each(cases)('$keyword ($category)', ({ keyword, benchmark }) => {
    it('word bank: no fragments, single characters only where they stand as words', () => {
      const top = benchmark.bank.words.slice(0, 30);
      for (const w of top) expect(isFragment(w.word), w.word).toBe(false);
      expect(top.filter((w) => [...w.word].length === 1).length).toBeLessThanOrEqual(4);
    });

    it('at least 3 proposals, keyword intact and early, each word once, no fragment, within the limit', () => {
      const proposals = benchmark.proposals;
      expect(proposals.length).toBeGreaterThanOrEqual(3);
      for (const p of proposals) {
        // As titles write it: 拖鞋 男 → 拖鞋男, ice cream keeps its space.
        const at = p.title.indexOf(writeKeywordAsTitle(keyword));
        expect(at, p.title).toBeGreaterThanOrEqual(0);
        expect(countTitleUnits(p.title.slice(0, at)), p.title).toBeLessThanOrEqual(12);
        expect(p.units).toBeLessThanOrEqual(benchmark.limit);
        const words = seg.cut(p.title);
        expect(new Set(words).size, p.title).toBe(words.length);
        expect(words.some(isFragment), p.title).toBe(false);
        expect(benchmark.score(p.title).banned.filter((b) => b.severity === 'error')).toEqual([]);
      }
    });

    it('missing-word suggestions are bank words with their counts', () => {
      const score = benchmark.score(keyword);
      for (const m of score.missing) {
        expect(benchmark.bank.words.some((w) => w.word === m.word)).toBe(true);
        expect(isFragment(m.word)).toBe(false);
        expect(m.evidence).toMatch(/^\d+\/\d+ 个标题$/);
      }
    });

    it('shows only proposals that beat the seller’s own title', () => {
      const own = benchmark.proposals[0]!.title;
      const best = benchmark.score(own).score;
      expect(benchmark.proposalsFor(own).every((p) => p.score >= best)).toBe(true);
      expect(benchmark.proposalsFor('').length).toBe(benchmark.proposals.length);
    });
  });
});
