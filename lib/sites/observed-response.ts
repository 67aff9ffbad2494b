import { parseJsonOrJsonp } from './jsonp';
import { isObservedApi } from './observed-api';
/** Larger bodies are ignored: a 60-item search response is well under 1 MB. */
export const MAX_BODY_CHARS = 8_000_000;

/** What the MAIN-world observer sends over its channel; validated on the isolated side all the same. */
export interface ObservedMessage {
  pageUrl: string;
  requestUrl: string;
  /** The response text (JSON or JSONP), or the 1688 page state as an object. */
  body: string | Record<string, unknown>;
}

/**
 * Checks a message from the page's world by hand. Not with zod: this runs in the result-page content script
 * on every page load, and building the first zod schema there cost more than everything else the script did
 * (BENCHMARKS.md "Content script"). Same rules as before: URLs within their lengths, a known API, a body
 * that is text up to MAX_BODY_CHARS or a plain object; other fields are dropped.
 */
export function readObservedShape(data: unknown): ObservedMessage | null {
  if (!isPlainObject(data)) return null;
  const { pageUrl, requestUrl, body } = data;
  if (typeof pageUrl !== 'string' || pageUrl.length > 4096) return null;
  if (typeof requestUrl !== 'string' || requestUrl.length > 8192 || !isObservedApi(requestUrl)) return null;
  if (typeof body === 'string') return body.length > MAX_BODY_CHARS ? null : { pageUrl, requestUrl, body };
  return isPlainObject(body) ? { pageUrl, requestUrl, body } : null;
}

/** An object literal's kind of object (as structured clone delivers them): not null, an array or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export interface ObservedEntry {
  pageUrl: string;
  requestUrl: string;
  json: unknown;
}

/** Validates a window message from the page and returns the response JSON, or null. */
export function readObservedMessage(data: unknown): ObservedEntry | null {
  const message = readObservedShape(data);
  if (!message) return null;
  const { body, pageUrl, requestUrl } = message;
  if (typeof body !== 'string') return { pageUrl, requestUrl, json: body };
  try {
    return { pageUrl, requestUrl, json: parseJsonOrJsonp(body) };
  } catch {
    return null;
  }
}

/**
 * Keeps the latest observed responses of the page the user is on now (SPA paging changes the URL). The same
 * response seen twice (going back to page 1 in a single-page result list) is kept once.
 */
export class ObservedResponses {
  private entries: (ObservedEntry & { page: string; print?: string })[] = [];
  constructor(private readonly limit = 20) {}

  add(entry: ObservedEntry): void {
    const page = stripHash(entry.pageUrl);
    // Prints are taken only when the page already has a response: most pages get one, and hashing a response
    // on every page load cost the content script milliseconds.
    const samePage = this.entries.filter((e) => e.page === page);
    if (samePage.length) {
      const print = fingerprint(entry.json);
      if (samePage.some((e) => (e.print ??= fingerprint(e.json)) === print)) return;
      this.entries.push({ ...pick(entry), page, print });
    } else {
      this.entries.push({ ...pick(entry), page });
    }
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** Responses observed while the page was at this URL (hash ignored). */
  forPage(href: string): unknown[] {
    return this.entriesForPage(href).map((e) => e.json);
  }

  /** The same, with the request URL of each response (生意参谋 periods are in the request). */
  entriesForPage(href: string): ObservedEntry[] {
    const key = stripHash(href);
    return this.entries.filter((e) => e.page === key).map(pick);
  }
}

function pick({ pageUrl, requestUrl, json }: ObservedEntry): ObservedEntry {
  return { pageUrl, requestUrl, json };
}

/** A print of a response: its JSON text, hashed (equal responses, equal prints). */
function fingerprint(json: unknown): string {
  try {
    return hashText(JSON.stringify(json) ?? '');
  } catch {
    return String(Math.random());
  }
}

/** FNV-1a of a body's text: equal bodies, equal prints (request URLs differ by timestamp and sign). */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
