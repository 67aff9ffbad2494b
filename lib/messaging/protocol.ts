import type { z } from 'zod';
import {
  BACKGROUND_MESSAGES,
  EnvelopeSchema,
  ReplySchema,
  TAB_MESSAGES,
  type BackgroundMessages,
  type MessageMap,
  type Reply,
  type TabMessages,
} from '../model/messages';
import { errorMessage } from '../text/error-message';
import { exceedsMessageLimit } from './message-size';

/**
 * The one typed message layer. Nothing else in the project calls runtime.sendMessage /
 * tabs.sendMessage or adds a raw onMessage listener: senders use sendToBackground / sendToTab, receivers
 * use createMessageListener. The trusted end (background, popup, side panel) validates every request and reply
 * with the zod schemas in lib/model/messages.ts; content scripts use the schema-free end in content-protocol.ts.
 */

export type RequestOf<M extends MessageMap, K extends keyof M> = z.input<M[K]['request']>;
export type ResponseOf<M extends MessageMap, K extends keyof M> = z.output<M[K]['response']>;

/** Who sent a message, as far as a handler needs to know (a subset of runtime.MessageSender). */
export interface MessageOrigin {
  tabId: number | null;
  frameId: number | null;
  /** URL of the sending frame (content scripts) or extension page. */
  url: string | null;
  /** True when the sender is a page of this extension (popup, side panel), not a content script. */
  fromExtensionPage: boolean;
}

export type Handlers<M extends MessageMap> = {
  [K in keyof M]: (request: z.output<M[K]['request']>, origin: MessageOrigin) => Promise<ResponseOf<M, K>> | ResponseOf<M, K>;
};

/** The minimal surface of the browser API the sender needs; real code passes `browser` from wxt/browser. */
export interface RuntimeLike {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  tabs?: { sendMessage: (tabId: number, message: unknown) => Promise<unknown> };
}

export function sendToBackground<K extends keyof BackgroundMessages>(
  api: RuntimeLike,
  name: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  return sendThroughRuntime(api, BACKGROUND_MESSAGES, name, payload);
}

async function sendThroughRuntime<M extends MessageMap, K extends keyof M & string>(
  api: RuntimeLike,
  messages: M,
  name: K,
  payload: RequestOf<M, K>,
): Promise<ResponseOf<M, K>> {
  const spec = messages[name]!;
  const request = spec.request.parse(payload);
  const raw = await api.runtime.sendMessage({ name, payload: request });
  return readReply(name, raw, spec.response) as ResponseOf<M, K>;
}

export function sendToTab<K extends keyof TabMessages>(
  api: RuntimeLike,
  tabId: number,
  name: K,
  payload: RequestOf<TabMessages, K>,
): Promise<ResponseOf<TabMessages, K>> {
  return sendToTabMap(api, tabId, TAB_MESSAGES, name, payload);
}

/** To a tab's frames with another message map (the back-office frames answer their own messages). */
export async function sendToTabMap<M extends MessageMap, K extends keyof M & string>(
  api: RuntimeLike,
  tabId: number,
  messages: M,
  name: K,
  payload: RequestOf<M, K>,
): Promise<ResponseOf<M, K>> {
  if (!api.tabs) throw new Error('tabs API unavailable in this context');
  const spec = messages[name]!;
  const request = spec.request.parse(payload);
  const raw = await api.tabs.sendMessage(tabId, { name, payload: request });
  return readReply(name, raw, spec.response) as ResponseOf<M, K>;
}

function readReply(name: string, raw: unknown, schema: z.ZodType): unknown {
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new Error(`${name}: no valid reply (is the receiver loaded?)`);
  if (!reply.data.ok) throw new Error(`${name}: ${reply.data.error}`);
  // Content scripts do not validate what they answer (lib/messaging/content-protocol.ts): this is the check.
  const value = schema.safeParse(reply.data.value);
  if (!value.success)
    throw new Error(`${name}: invalid reply (${value.error.issues[0]?.path.join('.') ?? ''} ${value.error.issues[0]?.message ?? ''})`);
  return value.data;
}

/**
 * Builds an onMessage listener for one message map. Unknown names are ignored (returns false) so that
 * several listeners can coexist; known ones are validated, handled, and answered through sendResponse
 * (which works in Chrome and Firefox alike, unlike returning a promise).
 */
export function createMessageListener<M extends MessageMap>(
  messages: M,
  handlers: Handlers<M>,
  readOrigin: (sender: unknown) => MessageOrigin,
): (message: unknown, sender: unknown, sendResponse: (reply: Reply) => void) => boolean {
  return (message, sender, sendResponse) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !Object.hasOwn(messages, envelope.data.name)) return false;
    void handleMessage(messages, handlers, envelope.data.name, envelope.data.payload, readOrigin(sender)).then(sendResponse);
    return true;
  };
}

/** Validates, dispatches and validates again; every failure becomes `{ ok: false, error }`. */
export async function handleMessage<M extends MessageMap>(
  messages: M,
  handlers: Handlers<M>,
  name: string,
  payload: unknown,
  origin: MessageOrigin,
): Promise<Reply> {
  const spec = messages[name];
  const handler = handlers[name as keyof M];
  if (!spec || !handler) return { ok: false, error: `unknown message ${name}` };
  if (exceedsMessageLimit(payload)) return { ok: false, error: `${name} request too large` };
  const request = spec.request.safeParse(payload);
  if (!request.success) return { ok: false, error: `invalid ${name} request: ${request.error.issues[0]?.message ?? ''}` };
  try {
    const value = await handler(request.data as z.output<M[keyof M]['request']>, origin);
    const checked = spec.response.safeParse(value);
    if (!checked.success) return { ok: false, error: `invalid ${name} response` };
    return { ok: true, value: checked.data };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** Reads a runtime.MessageSender without trusting its shape. */
export function readSenderOrigin(sender: unknown, extensionOrigin: string): MessageOrigin {
  const s = (sender ?? {}) as { tab?: { id?: number }; frameId?: number; url?: string; origin?: string };
  const url = typeof s.url === 'string' ? s.url : null;
  return {
    tabId: typeof s.tab?.id === 'number' ? s.tab.id : null,
    frameId: typeof s.frameId === 'number' ? s.frameId : null,
    url,
    fromExtensionPage: url !== null && url.startsWith(extensionOrigin),
  };
}
