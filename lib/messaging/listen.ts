import { browser } from 'wxt/browser';
import type { MessageMap } from '../model/messages';
import { createMessageListener, readSenderOrigin, type Handlers } from './protocol';

type RuntimeListener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

/** The extension's own origin (chrome-extension://<id>), without the trailing slash. */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/').replace(/\/$/, '');
}

/**
 * Answers one message map on runtime.onMessage (validated both ways by createMessageListener) and returns
 * the function that stops listening: pass it to a content script's ctx.onInvalidated or a React effect's
 * clean-up.
 */
export function listen<M extends MessageMap>(messages: M, handlers: Handlers<M>): () => void {
  const origin = extensionOrigin();
  const listener = createMessageListener(messages, handlers, (sender) => readSenderOrigin(sender, origin)) as RuntimeListener;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
