/**
 * The platforms' image CDN. Every image URL we store, fetch or show must be on it: Taobao, Tmall and 1688
 * serve item images from *.alicdn.com (img., gw., cbu01…, seen on every sample page). An image URL on any
 * other host came from somewhere we do not trust (a crafted card, a forged response) and is dropped.
 */
const IMAGE_URL = /^(?:https?:)?\/\/((?:[a-z0-9-]+\.)*alicdn\.com)(\/[^\s"'<>\\]*)?$/i;

/**
 * The https address of a platform image, or null when the URL is not one. A pattern, not `new URL()`: it runs
 * for every card of a result page in the content script, where each URL object costs; the pattern admits no
 * user info, port, whitespace or quotes, so what it accepts is already a plain https URL.
 */
export function platformImageUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const match = IMAGE_URL.exec(raw.trim());
  return match ? `https://${match[1]!.toLowerCase()}${match[2] ?? '/'}` : null;
}

export function isPlatformImageUrl(raw: string | null | undefined): boolean {
  return platformImageUrl(raw) !== null;
}
