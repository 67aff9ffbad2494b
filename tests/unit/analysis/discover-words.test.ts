import { describe, expect, it } from 'vitest';
import { discoverWords } from '../../../lib/analysis/discover-words';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
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

  // Discovery also finds n-grams that straddle words, because titles repeat them: 年新款 (2024年新款), 子冬季
  // (被子冬季, 毯子冬季), 水精华面霜 (水 + 精华 + 面霜). Seen on real pages of 太阳镜, 床上用品 and 面霜; joined, they
  // made the cut worse than the dictionary alone.
  it('a learned word never takes a unit after a number, a fragment real titles pair outside it, or two words', () => {
    const base = nodeSegmenter();
    const learned = (word: string, title: string): string[] => base.withWords(new Set([word])).cut(title);
    expect(learned('年新款', '2024年新款女包')).toEqual(['2024', '年', '新款', '女包']);
    expect(learned('沙发盖', '沙发盖腿午睡毯')).toEqual(base.cut('沙发盖腿午睡毯'));
    expect(learned('子冬季', '珊瑚绒毛毯子冬季双层')).toEqual(base.cut('珊瑚绒毛毯子冬季双层'));
    expect(learned('水精华面霜', '提亮肤色水精华面霜三件套')).toEqual(base.cut('提亮肤色水精华面霜三件套'));
  });
});

// Synthetic titles in the style of a 汽车坐垫 page with an unknown brand (羊天使) and the year's 年新款 written in most.
describe('learned words shown with a benchmark', () => {
  const titles = [
    '高档羊天使坐垫2024年新款',
    '羊天使汽车坐垫2023年新款四季',
    '2024年新款羊天使冬季坐垫',
    '汽车坐垫羊天使2022年新款',
    '四季通用坐垫2024年新款',
    '冬季坐垫2023年新款毛绒',
    '坐垫2021年新款亚麻',
    '夏季坐垫冰丝2024年新款',
    '羊天使坐垫冰丝',
  ];

  it('are only the words that kept something whole, not every n-gram discovery found', () => {
    expect(discoverWords(titles).map((w) => w.word)).toEqual(expect.arrayContaining(['年新款', '羊天使', '坐垫']));
    const benchmark = prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: 'taobao', keyword: '汽车坐垫', items: titles.map((title) => ({ title, sales: 1 })) }),
      nodeSegmenter(),
      DEFAULT_SETTINGS,
    );
    expect(benchmark.learnedWords).toEqual(['羊天使']);
  });
});
