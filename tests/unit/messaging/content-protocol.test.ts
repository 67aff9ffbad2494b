import { describe, expect, it } from 'vitest';
import {
  answerMessages,
  answerOne,
  BACKOFFICE_TAB_MESSAGE_NAMES,
  readReplyValue,
  TAB_MESSAGE_NAMES,
  tellBackground,
  type ContentHandlers,
} from '../../../lib/messaging/content-protocol';
import { sendToTab } from '../../../lib/messaging/protocol';
import { BACKOFFICE_TAB_MESSAGES, TAB_MESSAGES, type Reply, type TabMessages } from '../../../lib/model/messages';

const EDITOR = { url: 'https://item.upload.taobao.com/sell/publish.htm', title: '连帽卫衣女' };

function handlers(overrides: Partial<ContentHandlers<TabMessages>> = {}): ContentHandlers<TabMessages> {
  const notHere = (): never => {
    throw new Error('not here');
  };
  return {
    'page/describe': notHere,
    'search/parse': notHere,
    'item/parse': notHere,
    'page/report-html': notHere,
    'editor/get-title': () => EDITOR,
    'editor/apply-title': ({ title }) => ({ ...EDITOR, title }),
    ...overrides,
  };
}

/** A runtime whose onMessage hands each message to the registered listener and collects the reply. */
function fakeRuntime(): {
  runtime: Parameters<typeof answerMessages>[0];
  deliver: (message: unknown) => Promise<{ handled: boolean; reply?: Reply }>;
  listeners: () => number;
} {
  const registered = new Set<(m: unknown, s: unknown, r: (reply: Reply) => void) => boolean>();
  return {
    runtime: { onMessage: { addListener: (l) => registered.add(l), removeListener: (l) => registered.delete(l) } },
    listeners: () => registered.size,
    deliver: (message) =>
      new Promise((resolve) => {
        for (const listener of registered) {
          if (listener(message, {}, (reply) => resolve({ handled: true, reply }))) return;
        }
        resolve({ handled: false });
      }),
  };
}

describe('content-script protocol (no zod in content scripts)', () => {
  it('answers every message of the tab and back-office maps, and no other', () => {
    expect([...TAB_MESSAGE_NAMES].sort()).toEqual(Object.keys(TAB_MESSAGES).sort());
    expect([...BACKOFFICE_TAB_MESSAGE_NAMES].sort()).toEqual(Object.keys(BACKOFFICE_TAB_MESSAGES).sort());
  });

  it('answers its names, leaves other names to other listeners, and stops when told', async () => {
    const fake = fakeRuntime();
    const stop = answerMessages<TabMessages>(fake.runtime, TAB_MESSAGE_NAMES, handlers());
    expect(await fake.deliver({ name: 'editor/get-title', payload: {} })).toEqual({ handled: true, reply: { ok: true, value: EDITOR } });
    expect(await fake.deliver({ name: 'backoffice/parse', payload: {} })).toEqual({ handled: false });
    expect(await fake.deliver('editor/get-title')).toEqual({ handled: false });
    expect(await fake.deliver(null)).toEqual({ handled: false });
    stop();
    expect(fake.listeners()).toBe(0);
  });

  it('turns a throwing handler, a missing payload and an oversized request into { ok: false }', async () => {
    const all = handlers();
    expect(await answerOne(all, 'search/parse', {})).toEqual({ ok: false, error: 'not here' });
    expect(await answerOne(all, 'editor/get-title', undefined)).toEqual({ ok: false, error: 'invalid editor/get-title request' });
    expect(await answerOne(all, 'editor/apply-title', { title: 'x'.repeat(20_000_000) })).toEqual({
      ok: false,
      error: 'editor/apply-title request too large',
    });
  });

  it('reads replies as the background and the panel send them', () => {
    expect(readReplyValue('settings/get', { ok: true, value: { showOverlays: false } })).toEqual({ showOverlays: false });
    expect(() => readReplyValue('page/report', { ok: false, error: '拒绝' })).toThrow('page/report: 拒绝');
    expect(() => readReplyValue('page/report', undefined)).toThrow('no valid reply');
    expect(() => readReplyValue('page/report', { ok: true })).toThrow('no valid reply');
  });

  it('sends the plain envelope the background validates', async () => {
    const sent: unknown[] = [];
    const api = { runtime: { sendMessage: (m: unknown) => (sent.push(m), Promise.resolve({ ok: true, value: { visit: null } })) } };
    const report = {
      url: 'https://s.taobao.com/search?q=x',
      title: '',
      isTopFrame: true,
      platform: 'taobao',
      kind: 'search',
      keyword: 'x',
      itemId: null,
    };
    await expect(tellBackground(api, 'page/report', report as never)).resolves.toEqual({ visit: null });
    expect(sent).toEqual([{ name: 'page/report', payload: report }]);
  });

  it('leaves the check of a content script reply to the extension page that asked', async () => {
    // What a content script answers is not validated there; sendToTab (popup, side panel) validates it.
    const api = {
      runtime: { sendMessage: () => Promise.resolve(undefined) },
      tabs: { sendMessage: () => answerOne(handlers({ 'editor/get-title': () => ({ url: 5 }) as never }), 'editor/get-title', {}) },
    };
    await expect(sendToTab(api, 1, 'editor/get-title', {})).rejects.toThrow(/^editor\/get-title: invalid reply \(url /);
    const ok = { ...api, tabs: { sendMessage: () => answerOne(handlers(), 'editor/get-title', {}) } };
    await expect(sendToTab(ok, 1, 'editor/get-title', {})).resolves.toEqual(EDITOR);
  });
});
