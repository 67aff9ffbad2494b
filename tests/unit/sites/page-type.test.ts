import { describe, expect, it } from 'vitest';
import type { KnownPageKind, Platform } from '../../../lib/model/page';
import { DETECTOR_1688, EXAMPLES_1688 } from '../../../lib/sites/1688/page-type';
import { detectWithRules, type PlatformDetector } from '../../../lib/sites/page-rule';
import { detectPage } from '../../../lib/sites/page-type';
import { TAOBAO_DETECTOR, TAOBAO_EXAMPLES } from '../../../lib/sites/taobao/page-type';
import { TMALL_DETECTOR, TMALL_EXAMPLES } from '../../../lib/sites/tmall/page-type';

const PLATFORMS: { detector: PlatformDetector; examples: Partial<Record<KnownPageKind, readonly string[]>> }[] = [
  { detector: TAOBAO_DETECTOR, examples: TAOBAO_EXAMPLES },
  { detector: TMALL_DETECTOR, examples: TMALL_EXAMPLES },
  { detector: DETECTOR_1688, examples: EXAMPLES_1688 },
];

const allExamples = PLATFORMS.flatMap(({ detector, examples }) =>
  Object.entries(examples).flatMap(([kind, urls]) => urls!.map((url) => ({ platform: detector.platform, kind, url }))),
);

/** Pages on the platforms' hosts that are none of the kinds we handle. */
const UNKNOWN_URLS = [
  'https://www.taobao.com/',
  'https://login.taobao.com/member/login.jhtml',
  'https://item.taobao.com/other.htm?id=1',
  'https://s.taobao.com/',
  'https://www.tmall.com/',
  'https://www.1688.com/',
  'https://detail.1688.com/offer/not-a-number.html',
  'https://work.1688.com/?_path_=sellerPro/sellberBaseNew_Index/seller2018IndexPage',
  'https://sycm.1688.com/portal/home.htm',
  'https://detail.m.1688.com/page/index.html',
  'https://example.com/search?q=x',
  'chrome://extensions/',
  'not a url',
  '',
];

describe('page-type detectors', () => {
  it.each(allExamples)('$platform detects its own $kind URL $url', ({ platform, kind, url }) => {
    const own = PLATFORMS.find((p) => p.detector.platform === platform)!.detector;
    expect(detectWithRules(own, new URL(url))?.kind).toBe(kind);
    expect(detectPage(url)).toMatchObject({ platform, kind });
  });

  it.each(PLATFORMS.map((p) => p.detector))('$platform rejects every other platform’s examples', (detector) => {
    const others = allExamples.filter((e) => e.platform !== detector.platform);
    expect(others.length).toBeGreaterThan(5);
    for (const { url } of others) expect(detectWithRules(detector, new URL(url)), url).toBeNull();
  });

  it.each(UNKNOWN_URLS)('reports %j as unknown without throwing', (url) => {
    expect(detectPage(url)).toEqual({ platform: null, kind: 'unknown', keyword: null, itemId: null });
  });

  it('every platform lists examples for each kind it detects', () => {
    for (const { detector, examples } of PLATFORMS) {
      const kinds = new Set(detector.rules.map((r) => r.kind));
      for (const kind of kinds) expect(examples[kind]?.length ?? 0, `${detector.platform} ${kind}`).toBeGreaterThan(0);
    }
  });
});

describe('keyword and item id', () => {
  const cases: { url: string; platform: Platform; keyword?: string; itemId?: string }[] = [
    { url: TAOBAO_EXAMPLES.search[0]!, platform: 'taobao', keyword: '连帽卫衣女' },
    { url: 'https://s.taobao.com/search?q=ins%E9%A3%8E+%E5%8D%AB%E8%A1%A3', platform: 'taobao', keyword: 'ins风 卫衣' },
    // 1688 keywords are GBK percent-encoded.
    { url: EXAMPLES_1688.search[0]!, platform: '1688', keyword: '连帽卫衣' },
    // ...but a UTF-8 encoded keyword (typed into the address bar) is read as UTF-8.
    { url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=%E5%8D%AB%E8%A1%A3', platform: '1688', keyword: '卫衣' },
    { url: TAOBAO_EXAMPLES.item[1]!, platform: 'taobao', itemId: '7012345' },
    { url: TMALL_EXAMPLES.item![0]!, platform: 'tmall', itemId: '612345678901' },
    { url: EXAMPLES_1688.item[1]!, platform: '1688', itemId: '833454967766' },
    { url: EXAMPLES_1688.item[2]!, platform: '1688', itemId: '597090034012' },
    { url: EXAMPLES_1688['listing-editor'][0]!, platform: '1688', itemId: '597090034012' },
    { url: EXAMPLES_1688['listing-editor'][2]!, platform: '1688', itemId: '597090034012' },
  ];
  it.each(cases)('$url', ({ url, platform, keyword, itemId }) => {
    const page = detectPage(url);
    expect(page.platform).toBe(platform);
    expect(page.keyword).toBe(keyword ?? null);
    expect(page.itemId).toBe(itemId ?? null);
  });

  it('an empty keyword is null, not ""', () => {
    expect(detectPage('https://s.taobao.com/search?q=').keyword).toBeNull();
  });
});
