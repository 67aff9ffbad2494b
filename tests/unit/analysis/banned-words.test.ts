import { describe, expect, it } from 'vitest';
import { findBannedWords, isBannedWord } from '../../../lib/analysis/banned-words';
import { BANNED_CATEGORIES } from '../../../lib/analysis/data/banned-words';
import { nodeSegmenter } from '../../support/segmenter';

const seg = nodeSegmenter();
const check = (title: string): { word: string; severity: string; categoryId: string }[] =>
  findBannedWords(title, seg.tokens(title)).map(({ word, severity, categoryId }) => ({ word, severity, categoryId }));

describe('banned words: true positives', () => {
  it.each([
    ['全网最低价连帽卫衣', [{ word: '全网最低价', severity: 'error', categoryId: 'G' }]],
    ['最好的卫衣', [{ word: '最好', severity: 'error', categoryId: 'A' }]],
    ['最美卫衣女', [{ word: '最美', severity: 'error', categoryId: 'A' }]], // not listed: 最-prefix rule
    ['国家级品质卫衣', [{ word: '国家级', severity: 'error', categoryId: 'C' }]],
    ['高仿卫衣', [{ word: '高仿', severity: 'error', categoryId: 'J' }]],
    ['卫衣加微信有优惠', [{ word: '加微信', severity: 'error', categoryId: 'L' }]],
    ['卫衣 qq咨询', [{ word: 'qq', severity: 'error', categoryId: 'L' }]],
    ['纯棉卫衣100%', [{ word: '100%', severity: 'error', categoryId: 'F' }]],
    ['卫衣 销量第一', [{ word: '销量第一', severity: 'error', categoryId: 'B' }]],
    // Full-width, as a Chinese input method types it: the same word, shown as written.
    ['卫衣 ＱＱ咨询', [{ word: 'ＱＱ', severity: 'error', categoryId: 'L' }]],
    ['１００％纯棉卫衣', [{ word: '１００％', severity: 'error', categoryId: 'F' }]],
  ])('%s', (title, expected) => {
    expect(check(title)).toEqual(expected);
  });
});

describe('banned words: context-dependent → warnings', () => {
  it.each([
    ['明星同款卫衣', '同款'],
    ['特价连帽卫衣', '特价'],
    ['旗舰店正品卫衣', '旗舰店'],
    ['正品卫衣', '正品'],
  ])('%s warns on %s', (title, word) => {
    const hit = findBannedWords(title, seg.tokens(title)).find((h) => h.word === word);
    expect(hit?.severity).toBe('warning');
    expect(hit?.reason.length).toBeGreaterThan(5);
  });
});

describe('banned words: false positives avoided (whole-word aware)', () => {
  it.each([
    '高级感连帽卫衣女', // 高级 is listed, 高级感 is a style word
    '男女同款连帽卫衣', // 同款 inside 男女同款
    '2024秋冬新款连帽卫衣女加绒加厚宽松ins风学生百搭外套',
    '跨境750ml大容量保温杯不锈钢', // real 1688 sample title
    '梵贞男士洗面奶补水护肤品套装面霜洁面乳素颜霜男士护肤套盒批发', // real 1688 sample title
  ])('%s has no hard hit', (title) => {
    expect(check(title).filter((h) => h.severity === 'error')).toEqual([]);
  });
});

describe('word list data', () => {
  it('has the 13 categories of domain-rules.md §3 with their entries', () => {
    expect(BANNED_CATEGORIES.map((c) => c.id).join('')).toBe('ABCDEFGHIJKLM');
    expect(BANNED_CATEGORIES.reduce((n, c) => n + c.words.length, 0)).toBeGreaterThan(440);
  });
  it('isBannedWord keeps proposals clean but lets warnings through', () => {
    expect(isBannedWord('最新')).toBe(true);
    expect(isBannedWord('特价')).toBe(false);
    expect(isBannedWord('卫衣')).toBe(false);
  });
});
