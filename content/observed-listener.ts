import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { REPLAY_REQUEST } from '../lib/sites/observed-api';
import { ObservedResponses, readObservedMessage } from '../lib/sites/observed-response';

/**
 * Collects the responses the MAIN-world observer posts for this frame (validated: same window, same
 * origin, known API, JSON shape) and asks it to replay what it saw before this script started.
 */
export function listenForObserved(ctx: ContentScriptContext, onAdd: () => void = () => undefined): ObservedResponses {
  const observed = new ObservedResponses();
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const entry = readObservedMessage(event.data);
    if (!entry) return;
    observed.add(entry);
    onAdd();
  });
  window.postMessage({ source: REPLAY_REQUEST }, location.origin);
  return observed;
}
