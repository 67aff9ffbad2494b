import type { ReactElement } from 'react';
import { platformImageUrl } from '../lib/sites/image-host';

/**
 * An <img> for scraped image URLs: shown only from the platforms' image host (also enforced by the
 * extension's CSP img-src), never with a referrer; anything else shows an empty frame.
 */
export function PlatformImage({ src }: { src: string | null | undefined }): ReactElement {
  const url = platformImageUrl(src);
  return url ? <img src={url} alt="" referrerPolicy="no-referrer" /> : <span className="img-missing" aria-label="图片不可用" />;
}
