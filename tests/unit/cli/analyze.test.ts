import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { analyzeFile, formatReport } from '../../../cli/analyze-file';
import { parseJsonOrJsonp } from '../../../lib/sites/jsonp';

const ROOT = resolve(import.meta.dirname, '../../..');
const SITES = join(ROOT, 'tests/fixtures/sites');
const run = promisify(execFile);
// Each CLI run starts Node with tsx (seconds on a busy shared machine): a hang guard, not a speed limit.
vi.setConfig({ testTimeout: 30_000 });

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('analyzeFile', () => {
  it('detects a saved Taobao search page from --url', async () => {
    const report = await analyzeFile(join(SITES, 's.taobao.com/search.html'), 'https://s.taobao.com/search?q=%E5%8D%AB%E8%A1%A3');
    expect(report.page).toEqual({ platform: 'taobao', kind: 'search', keyword: '卫衣', itemId: null });
    expect(report.title).toBe('连帽卫衣女_淘宝搜索');
    expect(formatReport(report)).toContain('页面类型: 搜索结果页');
  });

  it("takes the URL from Chrome's saved-from mark when --url is absent", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'item.html');
    const url = 'https://detail.1688.com/offer/597090034012.html';
    writeFileSync(file, `<!DOCTYPE html>\n<!-- saved from url=(${url.length})${url} -->\n<html><head><title>x</title></head></html>`);
    const report = await analyzeFile(file, null);
    expect(report.page).toMatchObject({ platform: '1688', kind: 'item', itemId: '597090034012' });
  });

  it('reads JSONP bodies and rejects garbage with a clear message', () => {
    expect(parseJsonOrJsonp('mtopjsonpreqTppId_32517_getOfferList3({"a":1})')).toEqual({ a: 1 });
    expect(() => parseJsonOrJsonp('{oops')).toThrow(/not valid JSON/);
  });
});

describe('analyzeFile on search pages', () => {
  it('a saved 1688 mtop response gives items with isAd, the top 60 and the benchmark', async () => {
    const file = join(SITES, 'h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json');
    const report = await analyzeFile(file, 'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2');
    expect(report.page).toMatchObject({ platform: '1688', kind: 'search', keyword: '连帽卫衣' });
    expect(report.items).toHaveLength(60);
    expect(report.items!.filter((i) => i.isAd)).toHaveLength(4);
    expect(report.top60).toHaveLength(56);
    expect(report).toMatchObject({ adsExcluded: 4, complete: false, source: 'mtop' });
    const prices = report.top60!.map((i) => i.priceMin!);
    expect(report.benchmark!.price!.mean).toBeCloseTo(prices.reduce((a, b) => a + b, 0) / prices.length, 10);
    expect(formatReport(report)).toContain('前60自然结果: 56/60（不完整），排除广告 4 个');
    expect(report.benchmark!.wordCount!.count).toBe(56);
    expect(report.benchmark!.wordCount!.mean).toBeGreaterThan(4);
  });

  it('an unknown layout reports what is missing', async () => {
    const report = await analyzeFile(join(SITES, 's.taobao.com/search~unknown-layout.html'), 'https://s.taobao.com/search?q=a');
    expect(report.failure?.missing).toEqual(expect.arrayContaining(['title', 'price']));
    expect(report.top60).toBeUndefined();
  });
});

describe('analyzeFile on item pages', () => {
  it('a saved 1688 detail page with real __INIT_DATA gives the capture as JSON', async () => {
    const report = await analyzeFile(
      join(SITES, 'detail.1688.com/offer/833454967766.html'),
      'https://detail.1688.com/offer/833454967766.html',
    );
    expect(report.capture).toMatchObject({
      itemId: '833454967766',
      priceMin: 8.8,
      shop: '东莞市兴瑞达光电有限公司',
      source: '__INIT_DATA',
    });
    expect(JSON.stringify(report)).not.toContain('REDACTED');
  });

  it('a broken detail page is a failure naming the missing field', async () => {
    const report = await analyzeFile(
      join(SITES, 'detail.1688.com/offer/730000000001.html'),
      'https://detail.1688.com/offer/730000000001.html',
    );
    expect(report.failure?.missing).toEqual(['title']);
    expect(report.capture).toBeUndefined();
  });
});

describe('analyzeFile --image', () => {
  it('scores local main images by their own rules (no competitors without network)', async () => {
    const IMAGES = join(ROOT, 'tests/fixtures/images');
    const report = await analyzeFile(join(SITES, 's.taobao.com/search.html'), 'https://s.taobao.com/search?q=a', {
      images: [join(IMAGES, 'sticker-600x450.jpg'), join(IMAGES, 'white-bg-800.jpg')],
    });
    const score = report.imageScore!;
    expect(score.competitorCount).toBe(0);
    expect(score.images.map((i) => `${i.features.width}x${i.features.height}`)).toEqual(['600x450', '800x800']);
    expect(score.images[1]!.features.isWhiteBackground).toBe(true);
    expect(score.deductions.map((d) => d.reason).join(' ')).toContain('放大镜不可用');
    expect(score.note).toContain('不下载竞品主图');
  });

  it('refuses a file that is not an image', async () => {
    await expect(
      analyzeFile(join(SITES, 's.taobao.com/search.html'), 'https://s.taobao.com/search?q=a', {
        images: [join(SITES, 's.taobao.com/search.html')],
      }),
    ).rejects.toThrow('只支持 JPEG 和 PNG');
  });
});

describe('analyzeFile --title', () => {
  it('names competitors’ brands from their brand stores and never proposes them; --shops makes a store one’s own', async () => {
    const file = join(SITES, 's.taobao.com/search~brand-store.html');
    const url = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
    const report = await analyzeFile(file, url, { title: '连帽卫衣女加绒宽松' });
    expect(report.storeBrands).toEqual(['拾光']);
    expect(report.wordbank!.words.find((w) => w.word === '拾光')?.otherBrand).toBe(true);
    expect(report.proposals!.length).toBeGreaterThan(2);
    expect(report.proposals!.some((p) => p.title.includes('拾光'))).toBe(false);
    expect(formatReport(report)).toContain('竞品的品牌词（来自旗舰店/专卖店店名，不要写进标题，推荐标题不会用）: 拾光');
    const mine = await analyzeFile(file, url, { title: '连帽卫衣女加绒宽松', settings: { myShopNames: ['拾光旗舰店'] } });
    expect(mine.storeBrands).toEqual([]);
    expect(formatReport(mine)).not.toContain('竞品的品牌词');
  });

  it('adds the word bank, the title score with its deductions, and proposals', async () => {
    const file = join(SITES, 's.taobao.com/search.html');
    const report = await analyzeFile(file, 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3', {
      title: '冬季连帽卫衣女 最好',
    });
    expect(report.wordbank!.coreWord).toBe('连帽卫衣');
    expect(report.wordbank!.titleCount).toBe(44);
    expect(report.titleScore!.capped).toBe(true);
    expect(report.titleScore!.deductions.some((d) => d.reason.includes('违禁词“最好”'))).toBe(true);
    expect(report.proposals!.length).toBeGreaterThan(4);
    expect(report.proposals!.every((p) => p.title.includes('连帽卫衣') && p.units <= 60)).toBe(true);
  });
});

// Each test starts Node with tsx once or twice: slower than the default 5 s when the machine is busy.
describe('cli exit codes', { timeout: 30_000 }, () => {
  it('--title without a search page is refused with a reason', async () => {
    const { code, stderr } = await runCli([
      join(SITES, 'offer-new.1688.com/popular/publish.htm'),
      '--url',
      'https://offer-new.1688.com/popular/publish.htm?id=1',
      '--title',
      '卫衣',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--title 需要一个能解析的搜索结果页');
  });

  it('--shops passes 我的店铺, and a store name over 60 characters is refused (exit 1)', async () => {
    const page = [join(SITES, 's.taobao.com/search~brand-store.html'), '--url', 'https://s.taobao.com/search?q=a', '--title', '连帽卫衣女'];
    const theirs = await runCli(page);
    expect(theirs.code).toBe(0);
    expect(theirs.stdout).toContain('竞品的品牌词');
    const mine = await runCli([...page, '--shops', '拾光旗舰店，别的小铺']);
    expect(mine.code).toBe(0);
    expect(mine.stdout).not.toContain('竞品的品牌词');
    const bad = await runCli([...page, '--shops', '店'.repeat(61)]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--shops');
  });

  it('exits 2 when a search page cannot be parsed', async () => {
    const { code, stderr } = await runCli([
      join(SITES, 's.taobao.com/search~unknown-layout.html'),
      '--url',
      'https://s.taobao.com/search?q=a',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('内容无法解析');
  });

  it('prints JSON and exits 0 for a known page', async () => {
    const { code, stdout } = await runCli([join(SITES, 's.taobao.com/search.html'), '--url', 'https://s.taobao.com/search?q=a', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).page).toMatchObject({ platform: 'taobao', kind: 'search', keyword: 'a' });
  });

  it('exits 2 with a clear message for an unknown page', async () => {
    const { code, stderr } = await runCli([join(SITES, 'www.taobao.com/index.html'), '--url', 'https://www.taobao.com/']);
    expect(code).toBe(2);
    expect(stderr).toContain('无法识别这个页面');
  });

  it('exits 2 with the reason for a truncated or invalid response', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const whole = readFileSync(
      join(SITES, 'h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json'),
      'utf8',
    );
    const truncated = join(dir, 'cut.json');
    writeFileSync(truncated, whole.slice(0, 5000));
    const cut = await runCli([truncated, '--url', 'https://s.1688.com/selloffer/offer_search.htm?keywords=a']);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('被截断');
    const invalid = join(dir, 'bad.json');
    writeFileSync(invalid, '{"data": nope}');
    const bad = await runCli([invalid, '--url', 'https://s.1688.com/selloffer/offer_search.htm?keywords=a']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不是有效的 JSON');
  });

  it('--json | head: a reader that closes early ends the output without an EPIPE stack trace', async () => {
    // A real shell pipe (64 kB buffer): with --title the JSON (~75 kB) is still being written when head exits.
    const cli = [process.execPath, '--import', 'tsx', 'cli/analyze.ts', join(SITES, 's.taobao.com/search.html')];
    const args = ['--url', 'https://s.taobao.com/search?q=a', '--title', '连帽卫衣女', '--json'];
    const quoted = [...cli, ...args].map((a) => `'${a}'`).join(' ');
    const { stdout, stderr } = await run('bash', ['-c', `${quoted} | head -1; echo "exit=\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
    });
    expect(stdout.trim().split('\n')).toEqual(['{', 'exit=0']);
    expect(stderr).not.toMatch(/EPIPE|throw error/);
  });

  it('exits 1 for a missing file', async () => {
    const { code, stderr } = await runCli(['/no/such/file.html', '--url', 'https://s.taobao.com/search?q=a']);
    expect(code).toBe(1);
    expect(stderr).toContain('无法读取');
  });
});

describe('--compare', () => {
  const url = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';

  it('lists entries, exits, rank moves and price changes between two captures of the same search (organic ranks)', async () => {
    const older = await analyzeFile(join(SITES, 's.taobao.com/search.html'), url);
    const { code, stdout } = await runCli([
      join(SITES, 's.taobao.com/search~later.html'),
      '--url',
      url,
      '--compare',
      join(SITES, 's.taobao.com/search.html'),
      '--json',
    ]);
    expect(code).toBe(0);
    const { changes } = JSON.parse(stdout) as {
      changes: {
        entered: string[];
        left: string[];
        moved: { itemId: string; from: number; to: number }[];
        priceChanged: { itemId: string; from: number; to: number }[];
      };
    };
    // The later page (scripts/make-search-fixtures.ts): organic 15 → 1 (so 1–14 each move down one), organic 5
    // 20% cheaper, the last organic item replaced by a new one. Ads never count.
    const top = older.top60!;
    expect(changes.entered).toHaveLength(1);
    expect(changes.entered[0]).not.toBe(top[43]!.itemId);
    expect(changes.left).toEqual([top[43]!.itemId]);
    expect(changes.moved[0]).toEqual({ itemId: top[14]!.itemId, from: 15, to: 1 });
    expect(changes.moved.slice(1)).toEqual(top.slice(0, 14).map((item, i) => ({ itemId: item.itemId, from: i + 1, to: i + 2 })));
    expect(changes.priceChanged).toEqual([
      { itemId: top[4]!.itemId, from: top[4]!.priceMin, to: Math.round(top[4]!.priceMin! * 80) / 100 },
    ]);
    expect(older.items!.filter((i) => i.isAd).every((ad) => ![...changes.entered, ...changes.left].includes(ad.itemId))).toBe(true);
  });

  it('refuses to compare two different searches (exit 2) and says so', async () => {
    const { code, stderr, stdout } = await runCli([
      join(SITES, 's.taobao.com/search~later.html'),
      '--url',
      url,
      '--compare',
      join(SITES, 's.taobao.com/search.html'),
      '--compare-url',
      'https://s.taobao.com/search?q=%E6%AF%9B%E8%A1%A3',
      '--json',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('不是同一个搜索');
    expect(JSON.parse(stdout).changes).toBeUndefined();
  });

  it('refuses another sort of the same keyword, and a page 2 (ranks count from page 1)', async () => {
    const later = join(SITES, 's.taobao.com/search~later.html');
    const first = join(SITES, 's.taobao.com/search.html');
    const sorted = await runCli([later, '--url', url, '--compare', first, '--compare-url', `${url}&sort=sale-desc`]);
    expect(sorted.code).toBe(2);
    expect(sorted.stderr).toContain('排序不同');
    const page2 = await runCli([
      join(SITES, 's.taobao.com/search~p2.html'),
      '--url',
      `${url}&page=2`,
      '--compare',
      first,
      '--compare-url',
      url,
    ]);
    expect(page2.code).toBe(2);
    expect(page2.stderr).toContain('两个第1页');
  });
});
