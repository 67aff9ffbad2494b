import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ObservedResponses } from '../lib/sites/observed-response';
import { readObserverChannel } from './observer-channel';

/**
 * The responses the MAIN-world observer sent over its private channel in this frame (collected since
 * document_start by entrypoints/observer-channel.content.ts), and a call whenever another arrives. Where no
 * observer runs (pages it does not watch, Firefox MV2) the list stays empty and the parsers use the page.
 */
export function listenForObserved(ctx: ContentScriptContext, onAdd: () => void = () => undefined): ObservedResponses {
  const channel = readObserverChannel();
  if (!channel) return new ObservedResponses();
  channel.listeners.add(onAdd);
  ctx.onInvalidated(() => channel.listeners.delete(onAdd));
  return channel.responses;
}
