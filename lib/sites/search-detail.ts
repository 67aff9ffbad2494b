/**
 * How much of each result card a search parser reads.
 *
 * - `full`: every field. Capture (the popup's 采集前60), the CLI and everything saved use it.
 * - `overlay`: what the result-page overlay draws from, and nothing else: id, title, price, sales, shop, detail
 *   link, ad evidence. The main image, badges, ship-from and repurchase rate are left empty (null / []).
 *
 * The overlay read runs on every result-page load, in the content script, where reading and normalising
 * fields nobody looks at was most of the parse (about half of it on 1688). Both reads share every reader and
 * every check (source order, the cross-check of observed data, the card-layout and general-reader checks), so
 * the overlay ranks, ad marks and figures are the capture's; a test compares the two on the fixture pages.
 * An overlay read is never saved.
 */
export type SearchDetail = 'full' | 'overlay';
