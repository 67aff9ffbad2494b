/**
 * The platforms' image CDN. Every image URL we store, fetch or show must be on it: Taobao, Tmall and 1688
 * serve item images from *.alicdn.com (img., gw., cbu01…, seen on every sample page). An image URL on any
 * other host came from somewhere we do not trust (a crafted card, a forged response) and is dropped.
 */
const IMAGE_HOST = /^(?:[a-z0-9-]+\.)*alicdn\.com$/i;

/** The https address of a platform image, or null when the URL is not one. */
export function platformImageUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim().startsWith('//') ? `https:${raw.trim()}` : raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!IMAGE_HOST.test(url.hostname) || url.username || url.password || url.port) return null;
  url.protocol = 'https:';
  return url.href;
}

export function isPlatformImageUrl(raw: string | null | undefined): boolean {
  return platformImageUrl(raw) !== null;
}
