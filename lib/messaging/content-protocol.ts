import type { z } from 'zod';
import type { BackgroundMessages, BackofficeTabMessages, MessageMap, PanelMessages, Reply, TabMessages } from '../model/messages';
import { errorMessage } from '../text/error-message';
import { exceedsMessageLimit } from './message-size';
import type { RequestOf, ResponseOf, RuntimeLike } from './protocol';

/**
 * The content scripts' end of the typed protocol (lib/messaging/protocol.ts is the extension pages' and the
 * background's end). It carries no zod, on purpose: content scripts run on every platform page load, and
 * building the first zod schema there cost several times the rest of the script (BENCHMARKS.md "Content
 * script"). Nothing goes unchecked for that: every message a content script sends or answers is validated
 * with the schemas of lib/model/messages.ts by the trusted end — the background checks each request (and
 * the sender) before acting on it and checks its own reply before sending it; the popup and side panel check
 * their requests before sending and every reply from a content script on receipt. What a content script
 * receives comes only from this extension (runtime messaging), and it checks here only what it relies on:
 * the envelope, the size, and that the name is one it answers.
 */

/** Handlers of a message map in a content script (the sender is always this extension). */
export type ContentHandlers<M extends MessageMap> = {
  [K in keyof M]: (request: z.output<M[K]['request']>) => Promise<ResponseOf<M, K>> | ResponseOf<M, K>;
};

/** Names each content-script message map answers; tests/unit/messaging checks them against the schemas. */
export const TAB_MESSAGE_NAMES = [
  'page/describe',
  'search/parse',
  'item/parse',
  'page/report-html',
  'editor/get-title',
  'editor/apply-title',
] as const satisfies readonly (keyof TabMessages)[];
export const BACKOFFICE_TAB_MESSAGE_NAMES = ['backoffice/parse'] as const satisfies readonly (keyof BackofficeTabMessages)[];

interface RuntimeMessaging {
  onMessage: {
    addListener: (listener: (message: unknown, sender: unknown, sendResponse: (reply: Reply) => void) => boolean) => void;
    removeListener: (listener: (message: unknown, sender: unknown, sendResponse: (reply: Reply) => void) => boolean) => void;
  };
}

/**
 * Answers the named messages on runtime.onMessage; other names are left to other listeners (returns false).
 * Returns the function that stops listening.
 */
export function answerMessages<M extends MessageMap>(
  runtime: RuntimeMessaging,
  names: readonly (keyof M & string)[],
  handlers: ContentHandlers<M>,
): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: Reply) => void): boolean => {
    const name = readMessageName(message, names);
    if (name === null) return false;
    void answerOne(handlers, name, (message as { payload?: unknown }).payload).then(sendResponse);
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** Runs one handler; every failure becomes `{ ok: false, error }` as on the other end. */
export async function answerOne<M extends MessageMap>(
  handlers: ContentHandlers<M>,
  name: keyof M & string,
  payload: unknown,
): Promise<Reply> {
  if (exceedsMessageLimit(payload)) return { ok: false, error: `${name} request too large` };
  if (typeof payload !== 'object' || payload === null) return { ok: false, error: `invalid ${name} request` };
  try {
    return { ok: true, value: await handlers[name](payload as z.output<M[keyof M]['request']>) };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** Content script → background. The background validates the request and its own reply. */
export function tellBackground<K extends keyof BackgroundMessages & string>(
  api: RuntimeLike,
  name: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<ResponseOf<BackgroundMessages, K>> {
  return sendRuntime(api, name, payload) as Promise<ResponseOf<BackgroundMessages, K>>;
}

/** Content script → side panel (rejects when no panel is open). The panel validates the request. */
export function tellPanel<K extends keyof PanelMessages & string>(
  api: RuntimeLike,
  name: K,
  payload: RequestOf<PanelMessages, K>,
): Promise<ResponseOf<PanelMessages, K>> {
  return sendRuntime(api, name, payload) as Promise<ResponseOf<PanelMessages, K>>;
}

async function sendRuntime(api: RuntimeLike, name: string, payload: unknown): Promise<unknown> {
  return readReplyValue(name, await api.runtime.sendMessage({ name, payload }));
}

/** The value of a `{ ok, value | error }` reply; throws with the error or when there is no such reply. */
export function readReplyValue(name: string, raw: unknown): unknown {
  const reply = raw as Partial<{ ok: unknown; value: unknown; error: unknown }> | null;
  if (reply?.ok === true && 'value' in reply) return reply.value;
  if (reply?.ok === false && typeof reply.error === 'string') throw new Error(`${name}: ${reply.error}`);
  throw new Error(`${name}: no valid reply (is the receiver loaded?)`);
}

function readMessageName<N extends string>(message: unknown, names: readonly N[]): N | null {
  if (typeof message !== 'object' || message === null) return null;
  const name = (message as { name?: unknown }).name;
  return typeof name === 'string' && (names as readonly string[]).includes(name) ? (name as N) : null;
}
