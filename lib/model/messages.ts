import { z } from 'zod';
import { PageInfoSchema } from './page';
import { PageVisitSchema } from './records';
import { SettingsSchema } from './settings';

/** What a content script knows about its page: the URL-derived info plus the document title. */
export const PageReportSchema = PageInfoSchema.extend({
  url: z.string().url().max(4096),
  title: z.string().max(500),
  isTopFrame: z.boolean(),
});
export type PageReport = z.infer<typeof PageReportSchema>;

const Empty = z.object({}).strict();

/**
 * Messages handled by the background (sent from content scripts, popup and side panel).
 * Each entry: the request the sender passes and the response it gets back. One source of truth for
 * lib/messaging/protocol.ts and for the handlers.
 */
export const BACKGROUND_MESSAGES = {
  /** Content script → background: this page was recognised (or not). Stores a visit. */
  'page/report': { request: PageReportSchema, response: z.object({ visit: PageVisitSchema }) },
  /** Content script → background: settings it needs (overlays on/off). */
  'settings/get': { request: Empty, response: SettingsSchema },
} as const;

/** Messages handled by a tab's content script (sent by popup / side panel with the tab id). */
export const TAB_MESSAGES = {
  /** Popup → content script: describe the page you are on. */
  'page/describe': { request: Empty, response: PageReportSchema },
} as const;

export interface MessageSpec {
  request: z.ZodType;
  response: z.ZodType;
}
export type MessageMap = Record<string, MessageSpec>;
export type BackgroundMessages = typeof BACKGROUND_MESSAGES;
export type TabMessages = typeof TAB_MESSAGES;

/** The wire format: every message is `{ name, payload }`, every reply `{ ok, value | error }`. */
export const EnvelopeSchema = z.object({ name: z.string().max(100), payload: z.unknown() });
export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
