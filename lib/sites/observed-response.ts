import { z } from 'zod';
import { parseJsonOrJsonp } from './jsonp';
import { isObservedApi } from './observed-api';
/** Larger bodies are ignored: a 60-item search response is well under 1 MB. */
export const MAX_BODY_CHARS = 8_000_000;

/** What the MAIN-world observer sends over its channel; validated on the isolated side all the same. */
export const ObservedMessageSchema = z.object({
  pageUrl: z.string().max(4096),
  requestUrl: z.string().max(8192).refine(isObservedApi, 'not an observed API'),
  body: z.union([z.string().max(MAX_BODY_CHARS), z.record(z.string(), z.unknown())]),
});
export type ObservedMessage = z.infer<typeof ObservedMessageSchema>;

export interface ObservedEntry {
  pageUrl: string;
  requestUrl: string;
  json: unknown;
  /** A print of the body as it arrived (set by readObservedMessage), so equal responses are told apart cheaply. */
  print?: string;
}

/** Validates a window message from the page and returns the response JSON, or null. */
export function readObservedMessage(data: unknown): ObservedEntry | null {
  const message = ObservedMessageSchema.safeParse(data);
  if (!message.success) return null;
  const { body, pageUrl, requestUrl } = message.data;
  if (typeof body !== 'string') return { pageUrl, requestUrl, json: body };
  try {
    // The print is taken from the text already in hand, not from the parsed JSON serialised again.
    return { pageUrl, requestUrl, json: parseJsonOrJsonp(body), print: hashText(body) };
  } catch {
    return null;
  }
}

/**
 * Keeps the latest observed responses of the page the user is on now (SPA paging changes the URL). The same
 * response seen twice (going back to page 1 in a single-page result list) is kept once.
 */
export class ObservedResponses {
  private entries: (ObservedEntry & { key: string })[] = [];
  constructor(private readonly limit = 20) {}

  add(entry: ObservedEntry): void {
    const key = `${stripHash(entry.pageUrl)}\u0000${entry.print ?? fingerprint(entry.json)}`;
    if (this.entries.some((e) => e.key === key)) return;
    this.entries.push({ pageUrl: entry.pageUrl, requestUrl: entry.requestUrl, json: entry.json, key });
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** Responses observed while the page was at this URL (hash ignored). */
  forPage(href: string): unknown[] {
    return this.entriesForPage(href).map((e) => e.json);
  }

  /** The same, with the request URL of each response (生意参谋 periods are in the request). */
  entriesForPage(href: string): ObservedEntry[] {
    const key = stripHash(href);
    return this.entries.filter((e) => stripHash(e.pageUrl) === key).map(({ pageUrl, requestUrl, json }) => ({ pageUrl, requestUrl, json }));
  }
}

/** A print of a response that came as an object (the 1688 page state): its JSON text, hashed. */
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
