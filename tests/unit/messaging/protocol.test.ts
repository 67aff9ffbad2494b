import { afterEach, describe, expect, it } from 'vitest';
import { DuibiaoDB } from '../../../lib/db/database';
import { createBackgroundHandlers } from '../../../lib/messaging/background-handlers';
import {
  createMessageListener,
  handleMessage,
  readSenderOrigin,
  sendToBackground,
  type MessageOrigin,
} from '../../../lib/messaging/protocol';
import { BACKGROUND_MESSAGES, type Reply } from '../../../lib/model/messages';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { emptyItemPage } from '../../../lib/sites/item-page';

const EXT = 'chrome-extension://abcdef';
const contentOrigin = (url: string): MessageOrigin => readSenderOrigin({ tab: { id: 7 }, frameId: 0, url }, EXT);
const URL_SEARCH = 'https://s.taobao.com/search?q=%E5%8D%AB%E8%A1%A3';
const fromPopup = (): MessageOrigin => readSenderOrigin({ url: `${EXT}/popup.html` }, EXT);
const OFFER_URL = 'https://detail.1688.com/offer/597090034012.html';

let db: DuibiaoDB;
let n = 0;
afterEach(async () => {
  db?.close();
  await db?.delete();
});

function setup(): ReturnType<typeof createBackgroundHandlers> {
  db = new DuibiaoDB(`protocol-${++n}`);
  return createBackgroundHandlers(db, () => 1_790_000_000_000);
}

const report = {
  url: URL_SEARCH,
  title: '卫衣_淘宝搜索',
  isTopFrame: true,
  platform: 'taobao',
  kind: 'search',
  keyword: '卫衣',
  itemId: null,
} as const;

describe('background handlers through the protocol', () => {
  it('page/report stores a visit and answers with it', async () => {
    const handlers = setup();
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'page/report', report, contentOrigin(URL_SEARCH));
    expect(reply).toMatchObject({ ok: true, value: { visit: { kind: 'search', keyword: '卫衣', platform: 'taobao' } } });
    expect(await db.visits.count()).toBe(1);
  });

  it('recomputes the page kind from the URL instead of trusting the report', async () => {
    const handlers = setup();
    const lying = { ...report, kind: 'orders', keyword: 'fake' };
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'page/report', lying, contentOrigin(URL_SEARCH));
    expect(reply).toMatchObject({ ok: true, value: { visit: { kind: 'search', keyword: '卫衣' } } });
  });

  it('rejects a report whose host differs from its sender and stores nothing', async () => {
    const handlers = setup();
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'page/report', report, contentOrigin('https://evil.example/'));
    expect(reply.ok).toBe(false);
    expect(await db.visits.count()).toBe(0);
  });

  it.each([
    ['a missing field', { ...report, url: undefined }],
    ['a non-URL', { ...report, url: 'javascript:alert(1)x y' }],
    ['a wrong type', { ...report, isTopFrame: 'yes' }],
    ['an unknown kind', { ...report, kind: 'cart' }],
  ])('rejects %s without writing', async (_label, payload) => {
    const handlers = setup();
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'page/report', payload, contentOrigin(URL_SEARCH));
    expect(reply.ok).toBe(false);
    expect(await db.visits.count()).toBe(0);
  });

  it('keeps only recognised pages, without tracking parameters or fragment', async () => {
    const handlers = setup();
    const tracked = `${URL_SEARCH}&spm=a21bo.1&pvid=xyz&s=44#top`;
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'page/report', { ...report, url: tracked }, contentOrigin(tracked));
    expect(reply).toMatchObject({ ok: true, value: { visit: { url: `${URL_SEARCH}&s=44` } } });
    const other = 'https://www.taobao.com/markets/xie/nvxie?spm=1&token=secret';
    const unknown = { ...report, url: other, kind: 'unknown', platform: null, keyword: null };
    expect(await handleMessage(BACKGROUND_MESSAGES, handlers, 'page/report', unknown, contentOrigin(other))).toEqual({
      ok: true,
      value: { visit: null },
    });
    expect((await db.visits.toArray()).map((v) => v.url)).toEqual([`${URL_SEARCH}&s=44`]);
  });

  it('refuses a request of more than a few MB before validating it', async () => {
    const handlers = setup();
    const huge = { ...report, title: 'x'.repeat(9_000_000) };
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'page/report', huge, contentOrigin(URL_SEARCH));
    expect(reply).toEqual({ ok: false, error: 'page/report request too large' });
  });

  it('settings/get gives a page only the overlay switch, not the words, shops or message templates', async () => {
    const handlers = setup();
    await db.settings.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, showOverlays: false, myShopNames: ['我的小店'] } });
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'settings/get', {}, contentOrigin(URL_SEARCH));
    expect(reply).toEqual({ ok: true, value: { showOverlays: false } });
  });

  it('mine/get answers the own listings of the asked platform and my shop names', async () => {
    const handlers = setup();
    const listing = { title: 't', price: null, stock: null, status: null, benchmarkSnapshotId: null, capturedAt: 1 };
    await db.listings.bulkPut([
      { ...listing, key: 'taobao:1', platform: 'taobao', itemId: '1' },
      { ...listing, key: '1688:2', platform: '1688', itemId: '2' },
    ]);
    await db.settings.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, myShopNames: ['我的小店'] } });
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'mine/get', { platform: 'taobao' }, contentOrigin(URL_SEARCH));
    expect(reply).toEqual({ ok: true, value: { itemIds: ['1'], shopNames: ['我的小店'] } });
  });
});

describe('capture/save', () => {
  it('stores only the schema’s fields: anything else a page smuggles in (buyer ids, tokens) is dropped', async () => {
    const handlers = setup();
    const page = {
      ...emptyItemPage('1688', '597090034012', 'https://detail.1688.com/offer/597090034012.html', '__INIT_DATA'),
      title: '卫衣',
      buyerLoginId: 'someone',
      cookie: '_m_h5_tk=abc',
    };
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'capture/save', { page }, fromPopup());
    expect(reply).toMatchObject({ ok: true, value: { version: 1 } });
    const [stored] = await db.captures.toArray();
    expect(JSON.stringify(stored)).not.toMatch(/buyerLoginId|someone|_m_h5_tk|cookie/);
  });

  it('refuses a save from a content script on another host than the data, or from a foreign page', async () => {
    const handlers = setup();
    const page = { ...emptyItemPage('1688', '597090034012', OFFER_URL, 'dom'), title: '卫衣' };
    for (const sender of ['https://evil.example/offer/597090034012.html', 'https://item.taobao.com/item.htm?id=1']) {
      const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'capture/save', { page }, contentOrigin(sender));
      expect(reply.ok).toBe(false);
    }
    const ownPage = await handleMessage(BACKGROUND_MESSAGES, handlers, 'capture/save', { page }, contentOrigin(page.url));
    expect(ownPage.ok).toBe(true);
    expect(await db.captures.count()).toBe(1);
  });

  it('turns a full disk into the Chinese quota message', async () => {
    const handlers = setup();
    await db.open();
    db.captures.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const page = { ...emptyItemPage('1688', '597090034012', OFFER_URL, 'dom'), title: '卫衣' };
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'capture/save', { page }, fromPopup());
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('存储空间已满') });
  });

  it('rejects a capture without an item id', async () => {
    const handlers = setup();
    const page = emptyItemPage('1688', '', 'https://detail.1688.com/offer/1.html', 'dom');
    const reply = await handleMessage(BACKGROUND_MESSAGES, handlers, 'capture/save', { page }, fromPopup());
    expect(reply.ok).toBe(false);
    expect(await db.captures.count()).toBe(0);
  });
});

describe('listener and sender', () => {
  it('ignores foreign messages and answers ours through sendResponse', async () => {
    const handlers = setup();
    const listener = createMessageListener(BACKGROUND_MESSAGES, handlers, (s) => readSenderOrigin(s, EXT));
    expect(listener({ type: 'something-else' }, {}, () => undefined)).toBe(false);
    expect(listener({ name: 'no/such', payload: {} }, {}, () => undefined)).toBe(false);
    const reply = await new Promise<Reply>((resolve) => {
      expect(listener({ name: 'settings/get', payload: {} }, { url: `${EXT}/sidepanel.html` }, resolve)).toBe(true);
    });
    expect(reply.ok).toBe(true);
  });

  it('sendToBackground round-trips through a listener and validates the reply', async () => {
    const handlers = setup();
    const listener = createMessageListener(BACKGROUND_MESSAGES, handlers, () => contentOrigin(URL_SEARCH));
    const api = {
      runtime: {
        sendMessage: (message: unknown): Promise<unknown> => new Promise((resolve) => listener(message, {}, resolve)),
      },
    };
    const { visit } = await sendToBackground(api, 'page/report', report);
    expect(visit?.id).toBeGreaterThan(0);
    await expect(sendToBackground({ runtime: { sendMessage: async () => undefined } }, 'settings/get', {})).rejects.toThrow(
      /no valid reply/,
    );
    await expect(
      sendToBackground({ runtime: { sendMessage: async () => ({ ok: false, error: 'boom' }) } }, 'settings/get', {}),
    ).rejects.toThrow('settings/get: boom');
  });

  it('marks extension pages by their URL', () => {
    expect(readSenderOrigin({ url: `${EXT}/popup.html` }, EXT).fromExtensionPage).toBe(true);
    expect(readSenderOrigin({ url: URL_SEARCH, tab: { id: 1 } }, EXT).fromExtensionPage).toBe(false);
    expect(readSenderOrigin(null, EXT)).toEqual({ tabId: null, frameId: null, url: null, fromExtensionPage: false });
  });
});
