import { Readability } from '@mozilla/readability';

const MAX_CHARS = 20_000;

/**
 * The item description as plain text, extracted with @mozilla/readability from a copy of the loaded
 * description container (or frame document). The copy lives in a detached document created for it:
 * nothing is rendered, no script runs, and only text comes out.
 */
export function extractDescriptionText(container: Element | null): string | null {
  if (!container) return null;
  const doc = container.ownerDocument.implementation.createHTMLDocument('description');
  doc.body.append(doc.importNode(container, true));
  let text: string | null = null;
  try {
    text = new Readability(doc, { charThreshold: 20 }).parse()?.textContent ?? null;
  } catch {
    text = null;
  }
  // Readability gives up on short or list-like descriptions; their plain text is still the description.
  text ??= doc.body.textContent;
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean ? clean.slice(0, MAX_CHARS) : null;
}
