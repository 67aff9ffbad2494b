import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile, type AnalysisReport } from '../../../cli/analyze-file';
import { scoreListings } from '../../../lib/analysis/shop/listing-scores';
import { benchmarkOfCapture, benchmarkOfSnapshot, prepareTitleBenchmark, titleLimitFor } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/model/settings';
import { nodeSegmenter } from '../../support/segmenter';

// One listing and one snapshot through the entry of every surface that scores titles: the 标题 tab, the
// 店铺 bulk scores and the CLI must agree to the point, and all must use the 1688 limit from 设置.
const FILE = join(
  resolve(import.meta.dirname, '../../..'),
  'tests/fixtures/sites/h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json',
);
const URL_1688 = 'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2';
const TITLE = '梵贞连帽卫衣女加绒宽松韩版秋冬学生外套潮';
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, titleUnitLimit1688: 48, brandWords: ['梵贞'], userWords: ['秋冬学生'] };

describe('one title analysis behind every surface', () => {
  let cli: AnalysisReport;
  let snapshot: { platform: '1688'; items: NonNullable<AnalysisReport['top60']> };
  beforeAll(async () => {
    cli = await analyzeFile(FILE, URL_1688, { title: TITLE, settings: SETTINGS });
    snapshot = { platform: '1688', items: cli.top60! };
  });

  it('标题 tab and CLI give the identical score, parts and deductions', () => {
    const titleTab = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), nodeSegmenter(), SETTINGS).score(TITLE);
    expect(titleTab).toEqual(cli.titleScore);
    expect(titleTab.limit).toBe(48);
  });

  it('店铺 bulk score of the same listing equals the 标题 score (1688 limit and brand words included)', async () => {
    const shop = await scoreListings(
      [{ key: '1688:1', platform: '1688', title: TITLE, benchmarkSnapshotId: null }],
      [{ id: 7, keyword: '连帽卫衣', capturedAt: 1, platform: '1688' }],
      async (id) => (id === 7 ? snapshot : undefined),
      nodeSegmenter(),
      SETTINGS,
    );
    expect(shop.get('1688:1')).toEqual({ snapshotId: 7, score: cli.titleScore!.score });
    // The brand word is classed as such in the bank every surface builds.
    const bank = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), nodeSegmenter(), SETTINGS).bank;
    expect(cli.wordbank!.words).toEqual(bank.words);
  });

  it('a different 1688 limit changes every surface alike', async () => {
    const wider = { ...SETTINGS, titleUnitLimit1688: 80 };
    const again = await analyzeFile(FILE, URL_1688, { title: TITLE, settings: wider });
    const titleTab = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), nodeSegmenter(), wider).score(TITLE);
    expect(again.titleScore).toEqual(titleTab);
    expect(titleTab.limit).toBe(80);
    expect(titleTab.score).not.toBe(cli.titleScore!.score);
  });

  it('竞品 compare is the same analysis on a benchmark of one title', () => {
    const competitor = snapshot.items[0]!;
    const compare = prepareTitleBenchmark(
      benchmarkOfCapture({ platform: '1688', title: competitor.title, sales: competitor.sales }),
      nodeSegmenter(),
      SETTINGS,
    );
    const oneItemSnapshot = prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: '1688', items: [competitor] }),
      nodeSegmenter(),
      SETTINGS,
    );
    expect(compare.score(TITLE)).toEqual(oneItemSnapshot.score(TITLE));
    // With one competitor every word of its title counts as a word it has and I may miss.
    expect(compare.score('外套').missing.length).toBeGreaterThan(0);
  });

  it('titleLimitFor: 60 on Taobao and Tmall, the setting on 1688', () => {
    expect(titleLimitFor('taobao', SETTINGS)).toBe(60);
    expect(titleLimitFor('tmall', SETTINGS)).toBe(60);
    expect(titleLimitFor('1688', SETTINGS)).toBe(48);
  });
});
