import { describe, expect, it } from 'vitest';
import { BANNED_CAP, prepareTitleScorer, type TitleScore } from '../../../lib/analysis/title-score';
import {
  buildPatternTitles,
  composeTitle,
  PATTERNS,
  proposeTitles,
  suggestPhrases,
  type PatternId,
} from '../../../lib/analysis/title-proposals';
import { buildWordBank, classifyWord } from '../../../lib/analysis/word-bank';
import { countTitleUnits } from '../../../lib/text/title-units';
import { nodeSegmenter } from '../../support/segmenter';

const seg = nodeSegmenter();

/** Ten competitor titles with known word counts: 连帽卫衣 10, 女 10 (always right after), 加绒 6, 宽松 5, 韩版 4, 新款 3. */
const TITLES = [
  { title: '新款连帽卫衣女加绒宽松韩版', sales: 1000 },
  { title: '新款连帽卫衣女加绒宽松', sales: 500 },
  { title: '新款连帽卫衣女加绒韩版', sales: 500 },
  { title: '连帽卫衣女加绒宽松学生', sales: 0 },
  { title: '连帽卫衣女加绒宽松外套', sales: null },
  { title: '连帽卫衣女加绒韩版', sales: 0 },
  { title: '秋季连帽卫衣女宽松', sales: 0 },
  { title: '秋季连帽卫衣女韩版', sales: 0 },
  { title: '秋季连帽卫衣女学生', sales: 0 },
  { title: '秋季连帽卫衣女外套', sales: 0 },
];
const bank = buildWordBank(TITLES, seg);
const scorer = prepareTitleScorer(
  bank,
  TITLES.map((t) => t.title),
  seg,
);
const part = (s: TitleScore, id: string): number => s.parts.find((p) => p.id === id)!.points;

describe('word bank', () => {
  const word = (w: string) => bank.words.find((x) => x.word === w)!;

  it('counts titles, shares and sales-weighted shares per word', () => {
    expect(bank.titleCount).toBe(10);
    expect(word('连帽卫衣')).toMatchObject({ titles: 10, share: 1, salesShare: 1, wordClass: '核心/类目词' });
    expect(word('加绒')).toMatchObject({ titles: 6, share: 0.6, wordClass: '属性词' });
    // 新款 is in titles with 2000 of the 2000 known sales.
    expect(word('新款')).toMatchObject({ titles: 3, salesShare: 1, wordClass: '营销词' });
    expect(word('韩版')).toMatchObject({ titles: 4, salesShare: 0.75, wordClass: '修饰/场景/人群词' });
  });

  it('orders by number of titles and finds the core word', () => {
    expect(bank.words.slice(0, 3).map((w) => w.word)).toEqual(['连帽卫衣', '女', '加绒']);
    expect(bank.coreWord).toBe('连帽卫衣');
  });

  it('mean position: 0 at the start, later words further right', () => {
    expect(word('新款').meanPosition).toBe(0);
    expect(word('连帽卫衣').meanPosition).toBeGreaterThan(0);
    expect(word('韩版').meanPosition).toBeGreaterThan(word('连帽卫衣').meanPosition);
  });

  it('tight phrases: words always written together, not merely frequent neighbours', () => {
    expect(bank.phrases.map((p) => p.phrase)).toContain('连帽卫衣女');
    expect(bank.phrases.find((p) => p.phrase === '连帽卫衣女')).toMatchObject({ titles: 10, share: 1 });
    // 女 + 加绒 are adjacent in 6 titles, but 女 appears in 10 and 加绒 in 6 → together 6/6 → tight.
    expect(bank.phrases.map((p) => p.phrase)).toContain('女加绒');
    // 宽松 + 韩版 are adjacent once: not a phrase.
    expect(bank.phrases.map((p) => p.phrase)).not.toContain('宽松韩版');
  });

  it('classes numbers, models and the user’s brands', () => {
    expect(classifyWord('2024')).toBe('数字/型号');
    expect(classifyWord('750ml')).toBe('数字/型号');
    expect(classifyWord('梵贞', new Set(['梵贞']))).toBe('品牌词');
    expect(classifyWord('奇怪词')).toBe('其他');
  });

  // Synthetic titles in the style of a 被子 page: 1.8米 is a size and 3包 a count, not rice or a bag.
  it('does not count a unit after a number as a word', () => {
    const units = buildWordBank(
      [
        { title: '被子1.8米床加厚冬季', sales: 1 },
        { title: '冬季被子1.5米床宿舍单人', sales: 1 },
        { title: '被子3包家用加厚冬季', sales: 1 },
        { title: '米色被子冬季加厚', sales: 1 },
      ],
      seg,
    );
    const count = (word: string): number | undefined => units.words.find((w) => w.word === word)?.titles;
    expect(count('米')).toBeUndefined();
    expect(count('包')).toBeUndefined();
    expect(count('床')).toBe(2);
    expect(count('米色')).toBe(1);
  });
});

describe('title score components', () => {
  it('length: uses the room and compares with the competitors’ mean', () => {
    const short = scorer('连帽卫衣女');
    expect(part(short, 'length')).toBeLessThan(5);
    expect(short.deductions.some((d) => d.part === 'length' && d.reason.includes('还有'))).toBe(true);
    const over = scorer('连帽卫衣女'.repeat(7));
    expect(over.units).toBe(70);
    expect(part(over, 'length')).toBe(0);
    expect(over.deductions.find((d) => d.part === 'length')!.reason).toContain('超过上限 60');
  });

  it('coverage: missing high-value words are listed with their evidence', () => {
    const s = scorer('连帽卫衣女宽松');
    expect(s.missing.map((m) => m.word)).toEqual(expect.arrayContaining(['加绒', '韩版']));
    expect(s.missing.find((m) => m.word === '加绒')!.evidence).toBe('6/10 个标题');
    expect(s.deductions.find((d) => d.word === '加绒')!.reason).toContain('6/10 个标题');
    const full = scorer('新款连帽卫衣女加绒宽松韩版秋季学生外套');
    expect(part(full, 'coverage')).toBe(30);
  });

  // Synthetic titles in the style of a 零食 page: 小 before a noun (小鱼干, 小麻花) is a bank word of its own, but no
  // search word, so it is never offered as missing; 女 stands as a word and is.
  it('coverage: a lone modifier (小, 厚, 黑, 新) is neither counted nor offered as missing', () => {
    const snacks = ['零食小鱼干即食', '小麻花零食女生', '零食小辣条夏季', '休闲零食小面筋女', '零食小香肠女'].map((title) => ({
      title,
      sales: 1,
    }));
    const snackBank = buildWordBank(snacks, seg);
    expect(snackBank.words.find((w) => w.word === '小')?.titles).toBe(5);
    const score = prepareTitleScorer(
      snackBank,
      snacks.map((t) => t.title),
      seg,
    )('零食');
    expect(score.missing.map((m) => m.word)).not.toContain('小');
    expect(score.missing.map((m) => m.word)).toEqual(expect.arrayContaining(['女']));
  });

  it('core word: missing costs 15, late costs 5', () => {
    expect(part(scorer('加绒宽松韩版外套'), 'core')).toBe(0);
    expect(part(scorer('连帽卫衣女加绒'), 'core')).toBe(15);
    const late = scorer('新款加绒宽松韩版秋季学生外套连帽卫衣女');
    expect(part(late, 'core')).toBe(10);
    expect(late.deductions.find((d) => d.part === 'core')!.reason).toContain('位置靠后');
  });

  it('keywords: fewer than five distinct words costs points', () => {
    expect(part(scorer('连帽卫衣女'), 'keywords')).toBe(4);
    expect(part(scorer('新款连帽卫衣女加绒宽松'), 'keywords')).toBe(10);
  });

  it('repeats: each repeated word costs 5 and is named', () => {
    const s = scorer('连帽卫衣女加绒加绒宽松');
    expect(part(s, 'repeats')).toBe(5);
    expect(s.deductions.find((d) => d.part === 'repeats')!.word).toBe('加绒');
  });

  it('tight phrases kept whole', () => {
    expect(part(scorer('连帽卫衣女加绒'), 'phrases')).toBe(10);
    const split = scorer('女款加绒连帽卫衣 女');
    expect(split.deductions.some((d) => d.part === 'phrases' && d.word === '连帽卫衣女')).toBe(true);
  });

  it('spaces: one is fine, each extra costs 2', () => {
    expect(part(scorer('连帽卫衣女 加绒'), 'spaces')).toBe(5);
    expect(part(scorer('连帽卫衣女 加绒 宽松 韩版'), 'spaces')).toBe(1);
    // Spaces that keep Latin or digit words apart are part of them, not padding.
    expect(part(scorer('New Balance 574连帽卫衣女'), 'spaces')).toBe(5);
    expect(part(scorer('New Balance 574 连帽卫衣女 加绒'), 'spaces')).toBe(3);
  });

  it('near-copy of a competitor title loses originality and names it', () => {
    const s = scorer('新款连帽卫衣女加绒宽松韩版');
    expect(part(s, 'original')).toBe(0);
    expect(s.deductions.find((d) => d.part === 'original')!.reason).toContain('新款连帽卫衣女加绒宽松韩版');
  });

  it('a banned word caps the score and is explained; a warning costs 2', () => {
    const clean = scorer('新款连帽卫衣女加绒宽松韩版秋季学生外套');
    expect(clean.score).toBeGreaterThan(BANNED_CAP);
    const banned = scorer('新款连帽卫衣女加绒宽松韩版秋季学生外套最好');
    expect(banned.score).toBeLessThanOrEqual(BANNED_CAP);
    expect(banned.capped).toBe(true);
    expect(banned.deductions.find((d) => d.part === 'banned')!.reason).toContain('违禁词“最好”');
    const warned = scorer('新款连帽卫衣女加绒宽松韩版秋季学生外套特价');
    expect(warned.deductions.find((d) => d.word === '特价')!.points).toBe(2);
  });

  it('parts add up to the score when nothing is banned', () => {
    const s = scorer('新款连帽卫衣女加绒宽松韩版秋季学生外套');
    expect(s.score).toBe(Math.round(s.parts.reduce((a, p) => a + p.points, 0)));
    expect(s.parts.reduce((a, p) => a + p.max, 0)).toBe(100);
  });
});

describe('combinations', () => {
  const proposals = proposeTitles(bank, scorer, 60);

  const byPattern = buildPatternTitles(bank, 60);

  it.each(Object.keys(PATTERNS) as PatternId[])('pattern %s yields a valid title', (id) => {
    const title = byPattern[id];
    expect(title, `pattern ${id} missing`).toBeTruthy();
    expect(title).toContain('连帽卫衣女');
    expect(countTitleUnits(title!)).toBeLessThanOrEqual(60);
    const words = seg.cut(title!);
    expect(new Set(words).size, title!).toBe(words.length);
    expect(scorer(title!).banned).toEqual([]);
    // Every distinct pattern title is among the ranked proposals.
    expect(proposals.map((p) => p.title)).toContain(title);
  });

  // 韩版 and 秋季 are both in 4 titles; 韩版 wins on sales-weighted share, so it is the first modifier.
  it('patterns put their seed words where the pattern says', () => {
    expect(byPattern.H!.startsWith('连帽卫衣女')).toBe(true); // 下楼梯: core first
    expect(byPattern.B!.startsWith('新款')).toBe(true); // 营销词 first …
    expect(byPattern.B!.startsWith('新款韩版加绒连帽卫衣女')).toBe(true); // … + 意向 + 属性 + 主关键词
    expect(byPattern.C!.startsWith('新款连帽卫衣女韩版外套')).toBe(true); // 营销词 + 主关键词 + 修饰词 + 次关键词
    expect(byPattern.E!.startsWith('韩版连帽卫衣女加绒')).toBe(true); // 修饰词 + 关键词 + …
    expect(byPattern.A!.startsWith('加绒宽松连帽卫衣女新款')).toBe(true); // 长尾词 (紧密词 加绒宽松) … + 营销词
    // Words before the core fit in 12 units so that it stays early: F keeps two parallel modifiers, G three steps.
    expect(byPattern.F!.startsWith('新款韩版秋季连帽卫衣女')).toBe(true); // 并列修饰词
    expect(byPattern.G!.startsWith('韩版宽松加绒连帽卫衣女')).toBe(true); // 逐级叠加到核心词
  });

  it('are ranked by the scorer, best first, without duplicates', () => {
    expect(proposals.map((p) => p.score)).toEqual([...proposals].map((p) => p.score).sort((a, b) => b - a));
    expect(new Set(proposals.map((p) => p.title)).size).toBe(proposals.length);
  });

  it('composeTitle never passes the limit and never repeats a word', () => {
    const fill = (word: string, meanPosition: number) => ({ word, meanPosition });
    const t = composeTitle([['连帽卫衣', '女'], ['卫衣'], ['加绒']], [fill('宽松', 0.9), fill('加绒', 0.5), fill('韩版', 0.1)], 22);
    // 卫衣 and the second 加绒 repeat a word; the fill goes in the order competitors write it (韩版 before 宽松).
    expect(t).toBe('连帽卫衣女加绒韩版宽松');
    expect(countTitleUnits(t)).toBeLessThanOrEqual(22);
  });

  it('phrase suggestions include tight pairs and chains', () => {
    const phrases = suggestPhrases(bank).map((p) => p.phrase);
    expect(phrases).toContain('连帽卫衣女');
    expect(phrases).toContain('连帽卫衣女加绒');
  });

  it('no core word → no proposals', () => {
    expect(proposeTitles(buildWordBank([{ title: '奇怪 标题', sales: 1 }], seg), scorer, 60)).toEqual([]);
  });
});

describe('scoring against a single competitor title', () => {
  it('minTitles 1 makes every word of that title count for coverage', () => {
    const one = buildWordBank([{ title: '梵贞男士洗面奶补水套装', sales: null }], seg, { minPhraseTitles: 1 });
    const score = prepareTitleScorer(one, ['梵贞男士洗面奶补水套装'], seg, { minTitles: 1 })('男士洗面奶套装');
    expect(score.missing.map((m) => m.word)).toEqual(expect.arrayContaining(['补水']));
    expect(score.missing.map((m) => m.word)).not.toContain('男士');
    expect(prepareTitleScorer(one, [], seg)('男士洗面奶套装').missing).toEqual([]);
  });
});
