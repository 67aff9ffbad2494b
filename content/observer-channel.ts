import { CHANNEL_HANDSHAKE } from '../lib/sites/observed-api';

/**
 * The isolated end of the observer's private channel, opened at document_start. Content scripts of one
 * extension share one isolated world per frame, so the script that starts at document_start keeps what
 * arrives where the ones that start at document_idle find it, out of reach of page scripts. Kept tiny (it
 * runs before the page on every observed page): messages are stored as they come and validated by the
 * reader (observed-listener.ts).
 */
const KEY = Symbol.for('duibiao.observed');

export interface ChannelState {
  /** Every message received so far, unvalidated, oldest first (the latest 40). */
  messages: unknown[];
  listeners: Set<(message: unknown) => void>;
}

type Holder = typeof globalThis & { [KEY]?: ChannelState };

/** Creates the channel and hands its port to the MAIN world once; idempotent. */
export function openObserverChannel(win: Window): ChannelState {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const state: ChannelState = { messages: [], listeners: new Set() };
  holder[KEY] = state;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent) => {
    if (state.messages.push(event.data) > 40) state.messages.shift();
    for (const listener of state.listeners) listener(event.data);
  };
  win.postMessage({ source: CHANNEL_HANDSHAKE }, win.location.origin, [channel.port2]);
  return state;
}

/** The channel of this frame, when the observer runs here. */
export function readObserverChannel(): ChannelState | null {
  return (globalThis as Holder)[KEY] ?? null;
}
