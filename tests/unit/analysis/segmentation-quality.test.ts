import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { createSegmenter } from '../../../lib/analysis/segment';
import { scoreBoundaries } from '../../../scripts/support/boundary-score';
import { loadRealTitles } from '../../support/real-titles';
import { nodeSegmenter } from '../../support/segmenter';

// Word boundaries against real titles segmented by hand (tests/fixtures/titles). The dictionary and the repair
// rules were grown while looking at the dev titles (four sets; each new one scored 0.946–0.963 when first measured
// blind, and the former holdout was tuned on from 2026-11-26); the holdout titles (385: a fourth set of 185 from
// seven other repositories and a fifth of 200 from eleven more, each segmented blind) were never looked at while
// tuning, so they say how the segmenter does on categories and shops it has not seen.
const titles = loadRealTitles();
const seg = nodeSegmenter();
const ours = (t: string): string[] => seg.tokens(t).map((x) => x.word);

describe('title segmentation on real titles', () => {
  it('the test set: at least 100 real titles from at least 8 categories, every annotation reads back to its title', () => {
    expect(titles.length).toBeGreaterThanOrEqual(100);
    expect(new Set(titles.map((t) => t.category)).size).toBeGreaterThanOrEqual(8);
    expect(titles.length).toBeGreaterThanOrEqual(990);
    expect(titles.filter((t) => t.split === 'holdout').length).toBeGreaterThanOrEqual(380);
    for (const t of titles) expect(t.segmented.replace(/[|~]/g, '')).toBe(t.title);
    expect(titles.every((t) => t.source.length > 0)).toBe(true);
  });

  it('dev titles: boundary precision ≥ 0.97 and recall ≥ 0.90', () => {
    const score = scoreBoundaries(
      titles.filter((t) => t.split === 'dev'),
      ours,
    );
    expect(score.precision, score.wrongCuts.slice(0, 30).join(' ')).toBeGreaterThanOrEqual(0.97);
    expect(score.recall, score.missed.slice(0, 30).join(' ')).toBeGreaterThanOrEqual(0.9);
  });

  it('held-out titles: precision ≥ 0.96 and recall ≥ 0.90 (the 0.97 target is not met on unseen titles yet; see BENCHMARKS.md)', () => {
    const score = scoreBoundaries(
      titles.filter((t) => t.split === 'holdout'),
      ours,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.96);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('is far more precise than plain jieba on both splits', () => {
    // Plain jieba with its own dictionary only (a separate module: jieba-wasm's dictionary is ours now).
    const plainJieba = Jieba.withDict(dict);
    for (const split of ['dev', 'holdout'] as const) {
      const subset = titles.filter((t) => t.split === split);
      const plain = scoreBoundaries(subset, (t) => plainJieba.cut(t, false));
      expect(scoreBoundaries(subset, ours).precision - plain.precision).toBeGreaterThan(0.1);
    }
  });

  it('character pairs of real titles and queries make both splits more precise without costing recall', () => {
    const withoutPairs = createSegmenter(jieba, [], null);
    for (const split of ['dev', 'holdout'] as const) {
      const subset = titles.filter((t) => t.split === split);
      const before = scoreBoundaries(subset, (t) => withoutPairs.tokens(t).map((x) => x.word));
      const after = scoreBoundaries(subset, ours);
      expect(after.precision - before.precision, split).toBeGreaterThan(0.005);
      expect(after.recall, split).toBeGreaterThanOrEqual(before.recall);
    }
  });

  it.each([
    ['明星同款真皮皮带', ['明星', '同款', '真皮', '皮带']],
    ['女士包包斜挎手拎', ['女士', '包包', '斜挎', '手拎']],
    ['森系国行', ['森系', '国行']],
    ['即食冲饮冲调代餐粉无糖', ['即食', '冲饮', '冲调', '代餐粉', '无糖']],
    ['多色精钢表带护颈枕', ['多色', '精钢', '表带', '护颈枕']],
    // A product head written as one character stays with the word before it (not after one character: 女 包).
    ['九分裤饭盒袋健身垫', ['九分裤', '饭盒袋', '健身垫']],
    // Between two words a verb or adjective starts the next word, a suffix ends the one before.
    ['婴儿洗屁屁纯棉老粗布', ['婴儿', '洗屁屁', '纯棉', '老粗布']],
  ])('keeps the words of other categories whole: %s', (title, expected) => {
    expect(seg.cut(title)).toEqual(expected);
  });
});
