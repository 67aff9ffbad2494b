import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ObservedResponses, readObservedMessage } from '../lib/sites/observed-response';
import { readObserverChannel } from './observer-channel';

/**
 * The responses the MAIN-world observer sent over its private channel in this frame (collected since
 * document_start by entrypoints/observer-channel.content.ts), each validated (known API, JSON or JSONP
 * body), and a call whenever another arrives. Where no observer runs (pages it does not watch, Firefox MV2)
 * the list stays empty and the parsers use the page.
 */
export function listenForObserved(ctx: ContentScriptContext, onAdd: () => void = () => undefined): ObservedResponses {
  const responses = new ObservedResponses();
  const channel = readObserverChannel();
  if (!channel) return responses;
  const take = (message: unknown): boolean => {
    const entry = readObservedMessage(message);
    if (entry) responses.add(entry);
    return entry !== null;
  };
  channel.messages.forEach(take);
  const listener = (message: unknown): void => {
    if (take(message)) onAdd();
  };
  channel.listeners.add(listener);
  ctx.onInvalidated(() => channel.listeners.delete(listener));
  return responses;
}

/** Every valid response of this frame so far (for a page report), without listening further. */
export function collectObserved(): ObservedResponses {
  const responses = new ObservedResponses();
  for (const message of readObserverChannel()?.messages ?? []) {
    const entry = readObservedMessage(message);
    if (entry) responses.add(entry);
  }
  return responses;
}
