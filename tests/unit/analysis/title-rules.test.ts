import { describe, expect, it } from 'vitest';
import { prepareBenchmark, readRuleInput, TITLE_RULES, type RuleInput, type ScorePartId } from '../../../lib/analysis/title-score';
import { buildWordBank } from '../../../lib/analysis/word-bank';
import { nodeSegmenter } from '../../support/segmenter';

// Each rule of the title score on its own: its maximum for a title that does everything right, and a
// named, explained loss for one that breaks it. Bank: 连帽卫衣 + 女 in all 10 titles, 加绒 6, 宽松 5, 韩版 4 …
const seg = nodeSegmenter();
const TITLES = [
  '新款连帽卫衣女加绒宽松韩版',
  '新款连帽卫衣女加绒宽松',
  '新款连帽卫衣女加绒韩版',
  '连帽卫衣女加绒宽松学生',
  '连帽卫衣女加绒宽松外套',
  '连帽卫衣女加绒韩版',
  '秋季连帽卫衣女宽松',
  '秋季连帽卫衣女韩版',
  '秋季连帽卫衣女学生',
  '秋季连帽卫衣女外套',
];
const bench = prepareBenchmark(
  buildWordBank(
    TITLES.map((title) => ({ title, sales: 1 })),
    seg,
  ),
  TITLES,
  { limit: 60 },
);
const input = (title: string): RuleInput => readRuleInput(title, bench, seg);
const rule = (id: ScorePartId) => TITLE_RULES.find((r) => r.id === id)!;
const GOOD = '新款连帽卫衣女加绒宽松韩版秋季学生外套 百搭休闲运动上衣春秋';

describe('title rules table', () => {
  it('has one rule per part, maxima adding up to 100', () => {
    expect(new Set(TITLE_RULES.map((r) => r.id)).size).toBe(TITLE_RULES.length);
    expect(TITLE_RULES.reduce((s, r) => s + r.max, 0)).toBe(100);
  });

  const cases: { id: ScorePartId; bad: string; points: number; reason: RegExp }[] = [
    { id: 'length', bad: '连帽卫衣女'.repeat(7), points: 0, reason: /超过上限 60/ },
    {
      id: 'coverage',
      bad: '连帽卫衣女',
      points: (30 * (10 + 10)) / (10 + 10 + 6 + 5 + 4 + 4 + 3 + 2 + 2),
      reason: /缺少高频词“加绒”（6\/10 个标题使用）/,
    },
    { id: 'core', bad: '新款加绒宽松韩版秋季学生外套连帽卫衣女', points: 10, reason: /位置靠后/ },
    { id: 'keywords', bad: '连帽卫衣女', points: 4, reason: /只拆出 2 个关键词/ },
    { id: 'repeats', bad: '连帽卫衣女加绒加绒宽松宽松韩版韩版', points: 0, reason: /“加绒”重复 2 次/ },
    { id: 'phrases', bad: '女款加绒连帽卫衣 女', points: 0, reason: /紧密词“连帽卫衣女”被拆开了/ },
    { id: 'spaces', bad: '连帽卫衣女 加绒 宽松 韩版', points: 1, reason: /用了 3 个空格/ },
    { id: 'original', bad: '新款连帽卫衣女加绒宽松韩版', points: 0, reason: /相似度 100%/ },
  ];

  it.each(cases)('$id: full marks for a good title, an explained loss for a bad one', ({ id, bad, points, reason }) => {
    const r = rule(id);
    const good = r.score(input(GOOD));
    expect(good.points, `${id} on the good title`).toBeCloseTo(r.max, 5);
    expect(good.deductions).toEqual([]);
    const outcome = r.score(input(bad));
    expect(outcome.points).toBeCloseTo(points, 5);
    expect(outcome.deductions.length).toBeGreaterThan(0);
    expect(outcome.deductions.every((d) => d.part === id && d.points > 0)).toBe(true);
    expect(outcome.deductions.map((d) => d.reason).join('；')).toMatch(reason);
  });
});

describe('words inside other words', () => {
  it('a single character inside a longer word is not that word: 女 in 女款 does not split the phrase 连帽卫衣女', () => {
    const outcome = rule('phrases').score(input('女款连帽卫衣加绒宽松'));
    expect(outcome.deductions.filter((d) => d.word === '连帽卫衣女')).toEqual([]);
    // …while the word 女 on its own, away from 连帽卫衣, does split it.
    expect(
      rule('phrases')
        .score(input('女 加绒宽松连帽卫衣'))
        .deductions.some((d) => d.word === '连帽卫衣女'),
    ).toBe(true);
  });
});
