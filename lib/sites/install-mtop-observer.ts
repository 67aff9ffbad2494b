/**
 * Runs in the page's MAIN world (entrypoints/mtop-observer.content.ts) and hands the page's own search
 * responses to the isolated content script with window.postMessage. It never sends a request of its
 * own (extra mtop calls trigger captchas) and does not change what the page receives. Kept free of
 * imports other than constants so it stays tiny.
 */
import { isObservedApi, OBSERVER_SOURCE, REPLAY_REQUEST } from './observed-api';

type Observed = { source: string; pageUrl: string; requestUrl: string; body: unknown };

export function installMtopObserver(win: Window & typeof globalThis): void {
  const marker = '__duibiaoMtopObserver';
  const flagged = win as unknown as Record<string, unknown>;
  if (flagged[marker]) return;
  flagged[marker] = true;
  const buffer: Observed[] = [];

  const post = (requestUrl: string, body: unknown): void => {
    const message: Observed = { source: OBSERVER_SOURCE, pageUrl: win.location.href, requestUrl, body };
    buffer.push(message);
    if (buffer.length > 20) buffer.shift();
    win.postMessage(message, win.location.origin);
  };
  const matches = isObservedApi;
  const absolute = (url: string | URL): string => {
    try {
      return new URL(String(url), win.location.href).href;
    } catch {
      return '';
    }
  };

  // The isolated content script starts later (document_idle) and asks for what it missed.
  win.addEventListener('message', (event) => {
    if (event.source !== win || (event.data as { source?: string } | null)?.source !== REPLAY_REQUEST) return;
    for (const message of buffer) win.postMessage(message, win.location.origin);
  });

  // XHR (type=originaljson responses).
  const open = win.XMLHttpRequest.prototype.open;
  win.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = absolute(args[1] as string);
    if (matches(url)) {
      this.addEventListener('load', () => {
        try {
          post(url, this.responseType === 'json' ? this.response : this.responseText);
        } catch {
          /* a response we cannot read is simply not observed */
        }
      });
    }
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as typeof open;

  // fetch.
  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const url = absolute(input instanceof Request ? input.url : input);
      const result = originalFetch.call(win, input, init);
      if (matches(url)) {
        result
          .then((response) => response.clone().text())
          .then(
            (text) => post(url, text),
            () => undefined,
          );
      }
      return result;
    } as typeof fetch;
  }

  // JSONP: the page defines `window[callback]` and then appends <script src="…&callback=…">.
  const wrapJsonp = (node: Node): void => {
    if (!(node instanceof win.HTMLScriptElement) || !node.src || !matches(node.src)) return;
    const callback = new URL(node.src).searchParams.get('callback');
    if (!callback || !/^[\w$]+$/.test(callback)) return;
    const original = flagged[callback];
    if (typeof original !== 'function') return;
    const src = node.src;
    flagged[callback] = function (this: unknown, ...args: unknown[]) {
      try {
        post(src, args[0]);
      } catch {
        /* not observable; the page still gets its data */
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  const appendChild = win.Node.prototype.appendChild;
  win.Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    wrapJsonp(node);
    return appendChild.call(this, node) as T;
  };
  const insertBefore = win.Node.prototype.insertBefore;
  win.Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    wrapJsonp(node);
    return insertBefore.call(this, node, child) as T;
  };
}
