import type { PageInfo } from './page';

/**
 * The page info of a page Duibiao does not recognise. Kept out of page.ts so that the content scripts, which
 * need this value but no schema, do not evaluate zod schemas when they load (lib/messaging/content-protocol.ts).
 */
export const UNKNOWN_PAGE: PageInfo = Object.freeze({ platform: null, kind: 'unknown', keyword: null, itemId: null });
