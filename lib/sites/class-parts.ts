/**
 * Finds the parts of a card whose CSS-module class names change hash with every release but keep a
 * logical name: `priceInt--yqqZMJ5a` and `Price--priceInt--ZlsSi_M` are both "priceInt". One pass over
 * the card's elements that have such a class; also notes whether a leaf element reads exactly one of `labels` (e.g. 广告).
 */
export function indexCardParts(
  card: Element,
  names: readonly string[],
  labels: readonly string[] = [],
): { parts: Map<string, Element>; hasLabel: boolean } {
  const parts = new Map<string, Element>();
  // Reading every leaf's text is the costly part; skip it unless the card's text contains a label at all.
  const cardText = labels.length ? (card.textContent ?? '') : '';
  const scanLabels = labels.some((l) => cardText.includes(l));
  let hasLabel = false;
  const wanted = new Set(names);
  // Only elements whose class contains `<name>--` for a wanted name can carry one of the logical names (a token
  // `Name--hash` or `Block--name--hash` contains it); the browser's selector engine finds them far faster than
  // reading classes in script, and on result cards this skips about half of the `--` elements (wrappers,
  // currency units, tags), whose classes were split in script for every card on every page load.
  for (const el of card.querySelectorAll(candidateSelector(names))) {
    for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
      if (!token.includes('--')) continue;
      const name = logicalClassName(token);
      if (name && wanted.has(name) && !parts.has(name)) parts.set(name, el);
    }
    if (parts.size === wanted.size) break; // every part found; later matches would not replace them
  }
  if (scanLabels) {
    for (const el of card.getElementsByTagName('*')) {
      if (el.childElementCount !== 0) continue;
      const text = el.textContent?.trim();
      if (text && labels.includes(text)) {
        hasLabel = true;
        break;
      }
    }
  }
  return { parts, hasLabel };
}

/** The selector for elements that may carry one of the names, made once per names array. */
function candidateSelector(names: readonly string[]): string {
  let selector = CANDIDATE_SELECTORS.get(names);
  if (selector === undefined) {
    // Names are the parsers' literals; anything that is not a plain identifier falls back to every `--` element.
    const plain = names.length > 0 && names.every((n) => /^[A-Za-z0-9_-]+$/.test(n));
    selector = plain ? names.map((n) => `[class*="${n}--"]`).join(', ') : '[class*="--"]';
    CANDIDATE_SELECTORS.set(names, selector);
  }
  return selector;
}

const CANDIDATE_SELECTORS = new WeakMap<readonly string[], string>();

/** `Name--hash` → Name; `Block--name--hash` → name; anything else → null. */
export function logicalClassName(token: string): string | null {
  const pieces = token.split('--');
  if (pieces.length < 2) return null;
  return (pieces.length >= 3 ? pieces[pieces.length - 2] : pieces[0]) || null;
}
