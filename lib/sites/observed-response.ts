import { z } from 'zod';
import { parseJsonOrJsonp } from './jsonp';
import { OBSERVED_API, OBSERVER_SOURCE } from './observed-api';
/** Larger bodies are ignored: a 60-item search response is well under 1 MB. */
export const MAX_BODY_CHARS = 8_000_000;

/** What the MAIN-world observer posts; validated on the isolated side because the page can post anything. */
export const ObservedMessageSchema = z.object({
  source: z.literal(OBSERVER_SOURCE),
  pageUrl: z.string().max(4096),
  requestUrl: z.string().max(8192).regex(OBSERVED_API),
  body: z.union([z.string().max(MAX_BODY_CHARS), z.record(z.string(), z.unknown())]),
});
export type ObservedMessage = z.infer<typeof ObservedMessageSchema>;

/** Validates a window message from the page and returns the response JSON, or null. */
export function readObservedMessage(data: unknown): { pageUrl: string; json: unknown } | null {
  const message = ObservedMessageSchema.safeParse(data);
  if (!message.success) return null;
  const { body, pageUrl } = message.data;
  if (typeof body !== 'string') return { pageUrl, json: body };
  try {
    return { pageUrl, json: parseJsonOrJsonp(body) };
  } catch {
    return null;
  }
}

/** Keeps the latest observed responses of the page the user is on now (SPA paging changes the URL). */
export class ObservedResponses {
  private entries: { pageUrl: string; json: unknown }[] = [];
  constructor(private readonly limit = 20) {}

  add(entry: { pageUrl: string; json: unknown }): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** Responses observed while the page was at this URL (hash ignored). */
  forPage(href: string): unknown[] {
    const key = stripHash(href);
    return this.entries.filter((e) => stripHash(e.pageUrl) === key).map((e) => e.json);
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
