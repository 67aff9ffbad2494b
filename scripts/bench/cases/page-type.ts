import { EXAMPLES_1688 } from '../../../lib/sites/1688/page-type';
import { detectPage } from '../../../lib/sites/page-type';
import { TAOBAO_EXAMPLES } from '../../../lib/sites/taobao/page-type';
import { compare, type BenchResult } from '../measure';

const URLS = [...Object.values(TAOBAO_EXAMPLES).flat(), ...Object.values(EXAMPLES_1688).flat(), 'https://www.taobao.com/'];

/** URL → page kind for all example URLs, against parsing the same URLs with `new URL` alone. */
export async function benchPageType(): Promise<BenchResult> {
  return compare(
    `page-type detection (${URLS.length} URLs)`,
    () => URLS.map(detectPage),
    'new URL() of the same URLs',
    () => URLS.map((u) => new URL(u)),
  );
}
