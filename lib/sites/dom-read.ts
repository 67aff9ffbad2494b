/** Small DOM readers shared by the site parsers; all tolerate missing nodes. */

/** The first element matching any of the alternative selectors, in the order given. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first alternative that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = [...root.querySelectorAll(selector)];
    if (found.length) return found;
  }
  return [];
}

/** Whitespace-collapsed text of the first match, or null. */
export function readText(root: ParentNode, selectors: readonly string[]): string | null {
  const text = queryFirst(root, selectors)?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** An image's real source: lazy-loading attributes first, then src (skipping data: placeholders). */
export function readImageSrc(img: Element | null): string | null {
  if (!img) return null;
  for (const attr of ['data-src', 'data-ks-lazyload', 'data-lazy-src', 'data-original', 'src']) {
    const value = img.getAttribute(attr)?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  return null;
}

/** True when some small element of the card reads exactly one of the labels (e.g. "广告"). */
export function hasLabel(root: ParentNode, labels: readonly string[]): boolean {
  for (const el of root.querySelectorAll('span, div, i, em, b')) {
    if (el.childElementCount > 0) continue;
    const text = el.textContent?.trim();
    if (text && labels.includes(text)) return true;
  }
  return false;
}
