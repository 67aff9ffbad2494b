import { ECOMMERCE_WORDS } from './data/ecommerce-words';

/**
 * Store names that name the brand they sell: a Tmall 旗舰店 or 专卖店 is the brand's own or licensed store
 * (韩都衣舍旗舰店, sportlink旗舰店, 李宁官方旗舰店). 专营店 (a dealer of several brands), 企业店 and plain 店 names
 * (花心小铺, XX的店) say nothing about a brand and are ignored.
 */
const BRAND_STORE = /(?:官方旗舰店|旗舰店|官方专卖店|专卖店)$/u;

/** A brand written as a run of Chinese characters or of Latin letters and digits (迪奥 and dior of dior迪奥). */
const BRAND_RUNS = /\p{Script=Han}{2,}|[A-Za-z][A-Za-z0-9]+/gu;

/**
 * Brand words of competitors, read from their store names and kept only where their own title writes them
 * (the store "dior迪奥官方旗舰店" and a title "Dior迪奥口红…" give 迪奥 and Dior as written in the title); the
 * user's own stores (设置 → 我的店铺) are skipped. Words the
 * e-commerce dictionary knows as something other than a brand (a store named 百搭旗舰店) are not brands here.
 * The title analysis keeps them whole and never proposes them: using another seller's brand in a title is
 * 品牌词滥用 (domain-rules.md §2: only the item's own brand).
 */
export function brandsOfStores(items: readonly { title: string; shop?: string | null }[], myShops: readonly string[] = []): string[] {
  const mine = new Set(myShops.map((s) => s.replace(/\s+/g, '')));
  const brands = new Set<string>();
  for (const { title, shop } of items) {
    const name = shop?.trim().replace(/\s+/g, '');
    if (!name || mine.has(name) || !BRAND_STORE.test(name)) continue;
    // Each script apart: titles write 迪奥 and Dior with a boundary between them.
    for (const run of new Set(name.replace(BRAND_STORE, '').match(BRAND_RUNS) ?? [])) {
      const word = writtenIn(title, run);
      if (word && !isOtherWord(word)) brands.add(word);
    }
  }
  return [...brands];
}

/** The brand as the title writes it (Latin letters in any case), or null when the title does not carry it. */
function writtenIn(title: string, run: string): string | null {
  if ([...run].length < 2) return null;
  const at = title.toLowerCase().indexOf(run.toLowerCase());
  return at < 0 ? null : title.slice(at, at + run.length);
}

function isOtherWord(word: string): boolean {
  const known = ECOMMERCE_WORDS.get(word) ?? ECOMMERCE_WORDS.get(word.toLowerCase());
  return known !== undefined && known !== '品牌词';
}
