/**
 * Runs in the page's MAIN world (entrypoints/mtop-observer.content.ts) and hands the page's own responses to
 * the isolated content scripts over a private MessageChannel. It never sends a request of its own (extra mtop
 * calls trigger captchas) and does not change what the page receives. Kept free of imports other than
 * constants so it stays tiny.
 *
 * Why the page cannot forge or read what we observe: the isolated side posts the channel's port to this
 * window once, at document_start; the listener below was registered before any page script could run, in the
 * capture phase, so it sees the handshake first, takes the port and stops the event from reaching anyone
 * else. Nothing is left on `window`, and the patched functions answer toString() like the native ones.
 */
import { CHANNEL_HANDSHAKE, isObservedApi, PAGE_STATE_1688 } from './observed-api';

type Observed = { pageUrl: string; requestUrl: string; body: unknown };

export function installMtopObserver(win: Window & typeof globalThis): void {
  let port: MessagePort | null = null;
  const pending: Observed[] = [];

  const post = (requestUrl: string, body: unknown): void => {
    const message: Observed = { pageUrl: win.location.href, requestUrl, body };
    if (port) port.postMessage(message);
    else if (pending.push(message) > 20) pending.shift();
  };

  const onHandshake = (event: MessageEvent): void => {
    if (port || event.source !== win || (event.data as { source?: string } | null)?.source !== CHANNEL_HANDSHAKE) return;
    const handed = event.ports[0];
    if (!handed) return;
    event.stopImmediatePropagation();
    port = handed;
    for (const message of pending.splice(0)) port.postMessage(message);
    win.removeEventListener('message', onHandshake, true);
  };
  win.addEventListener('message', onHandshake, true);

  const absolute = (url: string | URL): string => {
    try {
      return new URL(String(url), win.location.href).href;
    } catch {
      return '';
    }
  };

  // XHR (type=originaljson responses).
  const xhr = win.XMLHttpRequest.prototype;
  xhr.open = disguise(xhr.open, function (this: XMLHttpRequest, original, args) {
    const url = absolute(args[1] as string);
    if (isObservedApi(url)) {
      this.addEventListener('load', () => {
        try {
          post(url, this.responseType === 'json' ? this.response : this.responseText);
        } catch {
          /* a response we cannot read is simply not observed */
        }
      });
    }
    return original.apply(this, args);
  });

  // fetch.
  if (typeof win.fetch === 'function') {
    win.fetch = disguise(win.fetch, function (this: unknown, original, args) {
      const input = args[0] as RequestInfo | URL;
      const url = absolute(input instanceof Request ? input.url : input);
      const result = original.apply(this, args) as Promise<Response>;
      if (isObservedApi(url)) {
        result
          .then((response) => response.clone().text())
          .then(
            (text) => post(url, text),
            () => undefined,
          );
      }
      return result;
    });
  }

  // The 2025–26 1688 result page keeps its offers in window.data (offerV2, offerV2Showed), filled after load
  // (pages-1688.md, public readers ⚠): read it a few times once the page has loaded; repeats are dropped by
  // the receiver.
  if (win.location.hostname === 's.1688.com') {
    const readState = (): void => {
      const data = (win as unknown as { data?: { offerV2?: unknown; offerV2Showed?: unknown } }).data;
      if (!data || !(data.offerV2 || data.offerV2Showed)) return;
      try {
        // A JSON copy: page objects may hold functions, which a MessagePort cannot carry.
        post(PAGE_STATE_1688, JSON.stringify({ offerV2: data.offerV2, offerV2Showed: data.offerV2Showed }));
      } catch {
        /* a state we cannot copy is simply not observed */
      }
    };
    win.addEventListener('load', () => {
      readState();
      for (const delay of [1000, 3000, 6000]) win.setTimeout(readState, delay);
    });
  }

  // JSONP: the page defines `window[callback]` and then appends <script src="…&callback=…">.
  const flagged = win as unknown as Record<string, unknown>;
  const wrapJsonp = (node: unknown): void => {
    if (!(node instanceof win.HTMLScriptElement) || !node.src || !isObservedApi(node.src)) return;
    const callback = new URL(node.src).searchParams.get('callback');
    if (!callback || !/^[\w$]+$/.test(callback)) return;
    const original = flagged[callback];
    if (typeof original !== 'function') return;
    const src = node.src;
    flagged[callback] = disguise(original as (...a: unknown[]) => unknown, function (this: unknown, fn, args) {
      try {
        post(src, args[0]);
      } catch {
        /* not observable; the page still gets its data */
      }
      return fn.apply(this, args);
    });
  };
  const nodeProto = win.Node.prototype;
  nodeProto.appendChild = disguise(nodeProto.appendChild, function (this: Node, original, args) {
    wrapJsonp(args[0]);
    return original.apply(this, args);
  });
  nodeProto.insertBefore = disguise(nodeProto.insertBefore, function (this: Node, original, args) {
    wrapJsonp(args[0]);
    return original.apply(this, args);
  });
}

/**
 * A stand-in for a page function that runs `wrapper` around it and otherwise looks like the original: a
 * Proxy (so Function.prototype.toString reports native code) whose own toString answers as the original's.
 */
function disguise<F extends (...args: never[]) => unknown, T = unknown>(
  original: F,
  wrapper: (this: T, original: (...args: unknown[]) => unknown, args: unknown[]) => unknown,
): F {
  const toString = (): string => Function.prototype.toString.call(original);
  return new Proxy(original, {
    apply: (target, thisArg: T, args: unknown[]) => wrapper.call(thisArg, target as unknown as (...a: unknown[]) => unknown, args),
    get: (target, key, receiver) => (key === 'toString' ? toString : Reflect.get(target, key, receiver)),
  });
}
