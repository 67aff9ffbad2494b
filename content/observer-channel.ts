import { CHANNEL_HANDSHAKE } from '../lib/sites/observed-api';
import { ObservedResponses, readObservedMessage } from '../lib/sites/observed-response';

/**
 * The isolated end of the observer's private channel. Content scripts of one extension share one isolated
 * world per frame, so the script that starts at document_start keeps the collected responses where the ones
 * that start at document_idle find them, out of reach of page scripts.
 */
const KEY = Symbol.for('duibiao.observed');

interface ChannelState {
  responses: ObservedResponses;
  listeners: Set<() => void>;
}

type Holder = typeof globalThis & { [KEY]?: ChannelState };

/** Creates the channel and hands its port to the MAIN world once; idempotent. */
export function openObserverChannel(win: Window): ChannelState {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const state: ChannelState = { responses: new ObservedResponses(), listeners: new Set() };
  holder[KEY] = state;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent) => {
    // Validated like anything from the page: same shape, a known API, JSON or JSONP body.
    const entry = readObservedMessage(event.data);
    if (!entry) return;
    state.responses.add(entry);
    for (const listener of state.listeners) listener();
  };
  win.postMessage({ source: CHANNEL_HANDSHAKE }, win.location.origin, [channel.port2]);
  return state;
}

/** The responses seen in this frame so far (and later ones), for a content script that started after them. */
export function readObserverChannel(): ChannelState | null {
  return (globalThis as Holder)[KEY] ?? null;
}
