import { z } from 'zod';
import { parseJsonOrJsonp } from './jsonp';
import { isObservedApi, OBSERVER_SOURCE } from './observed-api';
/** Larger bodies are ignored: a 60-item search response is well under 1 MB. */
export const MAX_BODY_CHARS = 8_000_000;

/** What the MAIN-world observer posts; validated on the isolated side because the page can post anything. */
export const ObservedMessageSchema = z.object({
  source: z.literal(OBSERVER_SOURCE),
  pageUrl: z.string().max(4096),
  requestUrl: z.string().max(8192).refine(isObservedApi, 'not an observed API'),
  body: z.union([z.string().max(MAX_BODY_CHARS), z.record(z.string(), z.unknown())]),
});
export type ObservedMessage = z.infer<typeof ObservedMessageSchema>;

export interface ObservedEntry {
  pageUrl: string;
  requestUrl: string;
  json: unknown;
}

/** Validates a window message from the page and returns the response JSON, or null. */
export function readObservedMessage(data: unknown): ObservedEntry | null {
  const message = ObservedMessageSchema.safeParse(data);
  if (!message.success) return null;
  const { body, pageUrl, requestUrl } = message.data;
  if (typeof body !== 'string') return { pageUrl, requestUrl, json: body };
  try {
    return { pageUrl, requestUrl, json: parseJsonOrJsonp(body) };
  } catch {
    return null;
  }
}

/** Keeps the latest observed responses of the page the user is on now (SPA paging changes the URL). */
export class ObservedResponses {
  private entries: ObservedEntry[] = [];
  constructor(private readonly limit = 20) {}

  add(entry: ObservedEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** Responses observed while the page was at this URL (hash ignored). */
  forPage(href: string): unknown[] {
    return this.entriesForPage(href).map((e) => e.json);
  }

  /** The same, with the request URL of each response (生意参谋 periods are in the request). */
  entriesForPage(href: string): ObservedEntry[] {
    const key = stripHash(href);
    return this.entries.filter((e) => stripHash(e.pageUrl) === key);
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
