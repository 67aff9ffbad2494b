import { z } from 'zod';
import { LIMITS } from './limits';
import { PageInfoSchema, PlatformSchema } from './page';
import { BackofficeCaptureSchema, CaptureChangesSchema, ItemPageSchema, PageVisitSchema, SearchPageSchema } from './records';
import { SettingsSchema } from './settings';

/** What a content script knows about its page: the URL-derived info plus the document title. */
export const PageReportSchema = PageInfoSchema.extend({
  url: z.string().url().max(4096),
  title: z.string().max(500),
  isTopFrame: z.boolean(),
});
export type PageReport = z.infer<typeof PageReportSchema>;

const Empty = z.object({}).strict();

/** A parser's answer (lib/sites/parse-result.ts) as it crosses a message boundary, for any value schema. */
export type ParseResultSchema<T extends z.ZodType> = z.ZodDiscriminatedUnion<
  [
    z.ZodObject<{ ok: z.ZodLiteral<true>; value: T; warnings: z.ZodArray<z.ZodString> }>,
    z.ZodObject<{ ok: z.ZodLiteral<false>; reason: z.ZodString; missing: z.ZodArray<z.ZodString> }>,
  ],
  'ok'
>;

export function parseResultSchema<T extends z.ZodType>(value: T): ParseResultSchema<T> {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value, warnings: z.array(z.string().max(500)).max(100) }),
    z.object({ ok: z.literal(false), reason: z.string().max(500), missing: z.array(z.string().max(200)).max(100) }),
  ]);
}

export const SearchParseResultSchema = parseResultSchema(SearchPageSchema);
export const ItemParseResultSchema = parseResultSchema(ItemPageSchema);
export const BackofficeParseResultSchema = parseResultSchema(BackofficeCaptureSchema);

export const BackofficeSavedSchema = z.object({
  listings: z.number().int(),
  metrics: z.number().int(),
  orders: z.number().int(),
  /** Paid keyword report rows (直通车 / 网销宝 imports). */
  paid: z.number().int(),
});
export type BackofficeSaved = z.infer<typeof BackofficeSavedSchema>;

export const CaptureSavedSchema = z.object({
  captureId: z.number().int().positive(),
  itemKey: z.string(),
  version: z.number().int().positive(),
  changes: CaptureChangesSchema.nullable(),
});

export const SnapshotSavedSchema = z.object({
  snapshotId: z.number().int().positive(),
  itemCount: z.number().int().nonnegative(),
  adsExcluded: z.number().int().nonnegative(),
  complete: z.boolean(),
  pages: z.array(z.number().int().positive()),
  /** True when this page completed an earlier partial snapshot instead of starting a new one. */
  merged: z.boolean(),
});
export type SnapshotSaved = z.infer<typeof SnapshotSavedSchema>;

/**
 * Messages handled by the background (sent from content scripts, popup and side panel).
 * Each entry: the request the sender passes and the response it gets back. One source of truth for
 * lib/messaging/protocol.ts and for the handlers.
 */
export const BACKGROUND_MESSAGES = {
  /** Content script → background: this page was recognised (or not). Stores a visit. */
  'page/report': { request: PageReportSchema, response: z.object({ visit: PageVisitSchema.nullable() }) },
  /**
   * Content script → background: the settings a page needs (overlays on/off), and no more: the rest (words,
   * shop names, buyer message templates) stays with the extension's own pages.
   */
  'settings/get': { request: Empty, response: SettingsSchema.pick({ showOverlays: true }) },
  /** Content script → background: which items on this platform are mine (own listings, 我的店铺), to highlight them. */
  'mine/get': {
    request: z.object({ platform: PlatformSchema }).strict(),
    response: z.object({
      itemIds: z.array(z.string().max(LIMITS.itemId)).max(100_000),
      shopNames: z.array(z.string().max(LIMITS.shortText)).max(100),
    }),
  },
  /**
   * Popup → background: store a parsed result page as a top-60 snapshot, or complete a recent partial
   * snapshot of the same keyword with its next page.
   */
  'snapshot/save': { request: z.object({ page: SearchPageSchema }).strict(), response: SnapshotSavedSchema },
  /** Popup → background: store the seller's own listings, analytics rows and sold orders (upserts). */
  'backoffice/save': { request: z.object({ capture: BackofficeCaptureSchema }).strict(), response: BackofficeSavedSchema },
  /** Popup → background: store a competitor item page as a new version. Unknown fields are dropped by the schema. */
  'capture/save': { request: z.object({ page: ItemPageSchema }).strict(), response: CaptureSavedSchema },
} as const;

/** The title field of a listing editor, as the content script reads it. */
export const EditorTitleSchema = z.object({
  url: z.string().max(4096),
  /** null when the page has no title field we recognise (yet: React forms render late). */
  title: z.string().max(500).nullable(),
});
export type EditorTitle = z.infer<typeof EditorTitleSchema>;

/**
 * Messages handled by back-office frames (the 1688 listing manager is an iframe of work.1688.com, so it
 * is not always the top frame that answers).
 */
export const BACKOFFICE_TAB_MESSAGES = {
  /** Popup → back-office frame: parse the listings, analytics or orders on this page now. */
  'backoffice/parse': { request: Empty, response: BackofficeParseResultSchema },
} as const;
export type BackofficeTabMessages = typeof BACKOFFICE_TAB_MESSAGES;

/** Messages handled by the side panel (broadcast by content scripts with runtime.sendMessage). */
export const PANEL_MESSAGES = {
  /** Editor content script → side panel: the title field changed (every keystroke). */
  'editor/title': { request: EditorTitleSchema, response: z.object({}) },
} as const;
export type PanelMessages = typeof PANEL_MESSAGES;

/** Messages handled by a tab's content script (sent by popup / side panel with the tab id). */
export const TAB_MESSAGES = {
  /** Popup → content script: describe the page you are on. */
  'page/describe': { request: Empty, response: PageReportSchema },
  /** Popup → content script: parse the result page as it is now (cards, embedded and observed JSON). */
  'search/parse': { request: Empty, response: SearchParseResultSchema },
  /** Popup → content script: parse the item page as it is now (embedded data, DOM, loaded description). */
  'item/parse': { request: Empty, response: ItemParseResultSchema },
  /**
   * Popup → content script: this page as one HTML file for feedback (DOM, inline JSON, observed responses),
   * buyer identity, phones, addresses, cookies and tokens removed. `outcome` is what the capture said.
   */
  'page/report-html': {
    request: z.object({ outcome: z.string().max(2000) }).strict(),
    response: z.object({ html: z.string().max(40_000_000), fileName: z.string().max(200) }),
  },
  /** Side panel → editor content script: the title field as it is now. */
  'editor/get-title': { request: Empty, response: EditorTitleSchema },
  /** Side panel → editor content script: write this title into the field so the page's framework sees it. */
  'editor/apply-title': { request: z.object({ title: z.string().min(1).max(200) }).strict(), response: EditorTitleSchema },
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
