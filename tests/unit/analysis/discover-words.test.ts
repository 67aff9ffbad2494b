import { describe, expect, it } from 'vitest';
import { discoverWords } from '../../../lib/analysis/discover-words';
import { nodeSegmenter } from '../../support/segmenter';

// Ten bag titles: 斜挎 and 手拎 are written together in many titles with varied neighbours on both sides;
// 挎手 (斜挎|手拎 meet) recurs only where the two words happen to touch.
const TITLES = [
  '斜挎女包手拎小方包',
  '复古斜挎链条包手拎',
  '手拎斜挎两用女包',
  '迷你斜挎包百搭手拎',
  '斜挎手拎帆布包',
  '牛皮手拎包女斜挎',
  '通勤斜挎大容量',
  '手拎托特包通勤',
  '女士斜挎真皮',
  '手拎饺子包',
];

describe('new-word discovery from competitors’ titles', () => {
  const found = discoverWords(TITLES);
  const words = found.map((w) => w.word);

  it('finds what competitors write as a unit, with its evidence', () => {
    expect(words).toContain('斜挎');
    expect(words).toContain('手拎');
    const slant = found.find((w) => w.word === '斜挎')!;
    expect(slant.titles).toBe(8);
    expect(slant.leftEntropy).toBeGreaterThan(0.9);
    expect(slant.rightEntropy).toBeGreaterThan(0.9);
  });

  it('rejects pieces whose edge is always the same character (挎 only after 斜) and rare strings', () => {
    expect(words).not.toContain('挎');
    expect(words).not.toContain('挎手');
    expect(words).not.toContain('饺子包'); // one title
  });

  it('a segmenter with the learned words joins fragments, only for that benchmark', () => {
    const base = nodeSegmenter();
    // 羊天使 (a brand) is unknown: the dictionary leaves 羊 as a fragment and glues it to 高档.
    expect(base.cut('高档羊天使坐垫')).toEqual(['高档羊', '天使', '坐垫']);
    expect(base.withWords(new Set(['羊天使'])).cut('高档羊天使坐垫')).toEqual(['高档', '羊天使', '坐垫']);
    expect(base.cut('高档羊天使坐垫')).toEqual(['高档羊', '天使', '坐垫']);
    expect(base.withWords(new Set()).cut('补水保湿')).toEqual(base.cut('补水保湿'));
    // Two known words stay apart even when learned together: a phrase, not a word.
    expect(base.withWords(new Set(['补水保湿'])).cut('补水保湿')).toEqual(['补水', '保湿']);
  });
});
