import { dictionaryClassOf, HEAD_CHARACTERS } from './data/ecommerce-words';
import { normaliseShop } from './history/mine';
import { foldLatin } from '../text/fold-latin';

/**
 * Store names that name the brand they sell: a Tmall 旗舰店 or 专卖店 is the brand's own or licensed store
 * (韩都衣舍旗舰店, sportlink旗舰店, 李宁官方旗舰店). 专营店 (a dealer of several brands), 企业店 and plain 店 names
 * (花心小铺, XX的店) say nothing about a brand and are ignored.
 */
const BRAND_STORE = /\s*(?:官方旗舰店|旗舰店|官方专卖店|专卖店)$/u;

/**
 * What a brand store may add after its brand (南极人内衣旗舰店, 安踏儿童旗舰店, 李宁运动旗舰店): the line it sells.
 * Any word the e-commerce dictionary knows as something other than a brand counts too (冠生园蜂蜜).
 */
const STORE_LINES = new Set(
  '运动 户外 服饰 服装 女装 男装 童装 内衣 鞋类 鞋业 鞋靴 箱包 皮具 母婴 儿童 家居 家纺 家具 家电 厨电 电器 数码 食品 饰品 美妆 个护 生活 生活馆 茶叶 酒类 眼镜 官方'.split(
    ' ',
  ),
);

/**
 * A brand written in Chinese characters, in Latin letters and digits (words of it may be spaced: New Balance), or
 * beginning with digits (361度, 3M).
 */
const HAN_RUN = /(?<![0-9\p{Script=Han}])\p{Script=Han}{2,}/gu;
// Each run starts where a brand can start: the Chinese or Latin letters right after digits are the tail of a
// digit brand (361度, 3M), read whole by DIGIT_RUN, never a brand of their own (跑鞋 of 361度跑鞋).
const LATIN_RUN = /(?<![0-9A-Za-z])[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*/g;
const DIGIT_RUN = /(?<![A-Za-z0-9])[0-9]+(?:\p{Script=Han}+|[A-Za-z]+)/gu;

/**
 * Brand words of competitors, read from their brand stores' names and kept only where that store's own title
 * writes them, as the title writes them (the store "dior迪奥官方旗舰店" and a title "Dior迪奥口红…" give Dior and
 * 迪奥). The user's own stores (设置 → 我的店铺) are skipped. Words the e-commerce dictionary knows as
 * something other than a brand (a store named 百搭旗舰店) are not brands here. The title analysis keeps them
 * whole and never suggests or proposes them: using another seller's brand in a title is 品牌词滥用
 * (domain-rules.md §2: only the item's own brand).
 */
export function brandsOfStores(items: readonly { title: string; shop?: string | null }[], myShops: readonly string[] = []): string[] {
  const mine = new Set(myShops.map(normaliseStore));
  // Folded: one brand however its titles write it (the first writing is kept).
  const brands = new Map<string, string>();
  const add = (brand: string): void => {
    if (!brands.has(foldLatin(brand))) brands.set(foldLatin(brand), brand);
  };
  for (const { title, shop } of items) {
    if (!shop || mine.has(normaliseStore(shop))) continue;
    const name = shop.normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (!BRAND_STORE.test(name)) continue;
    const stem = name.replace(BRAND_STORE, '');
    for (const run of stem.match(HAN_RUN) ?? []) {
      const brand = withoutStoreLine(run);
      if ([...brand].length >= 2 && title.includes(brand) && !isOtherWord(brand)) add(brand);
    }
    for (const run of stem.match(LATIN_RUN) ?? []) {
      const written = run.length >= 2 ? asWritten(title, run) : null;
      if (written && !isOtherWord(written)) add(written);
    }
    for (const run of stem.match(DIGIT_RUN) ?? []) {
      // A number alone is not a brand (100家居旗舰店), nor is a number with an attribute (3D, 5G).
      const brand = withoutStoreLine(run);
      const written = /\D/.test(brand) && !isOtherWord(brand) ? asWritten(title, brand) : null;
      if (written) add(written);
    }
  }
  return [...brands.values()];
}

/** Whether a word names one of the brands (any case or width): 卡帝乐鳄鱼钱包 names 卡帝乐鳄鱼, DIOR names Dior. */
export function mentionsBrand(word: string, brands: readonly string[]): boolean {
  const folded = foldLatin(word);
  return brands.some((b) => folded.includes(foldLatin(b)));
}

/** Whether two brand words are one brand (one contains the other, any case or width): 南极人 and 南极人内衣. */
export function sameBrand(a: string, b: string): boolean {
  const x = foldLatin(a);
  const y = foldLatin(b);
  return x.includes(y) || y.includes(x);
}

/** Store names compared as 我的店铺 compares them (history/mine.ts), also ignoring inner spaces and full-width forms. */
function normaliseStore(name: string): string {
  return normaliseShop(name.normalize('NFKC').replace(/\s+/g, ''));
}

/** A store name's brand part without the line of goods after the brand (南极人内衣 → 南极人, 361度跑鞋 → 361度). */
function withoutStoreLine(run: string): string {
  let brand = run;
  for (let changed = true; changed;) {
    changed = false;
    for (let n = Math.min(3, brand.length - 2); n >= 2; n--) {
      const tail = brand.slice(-n);
      // Two characters ending in a product head name a line of goods too (跑鞋 of 361度跑鞋, 女包).
      if (STORE_LINES.has(tail) || isOtherWord(tail) || (n === 2 && HEAD_CHARACTERS.has(tail[1]!))) {
        brand = brand.slice(0, -n);
        changed = true;
        break;
      }
    }
  }
  return brand;
}

/**
 * A brand as the title writes it: whole words only (GO is not in GoPro, 361度 not in 2361度), any case or width (the
 * store name is read NFKC, the title may write ＮＩＫＥ), spaces optional.
 */
function asWritten(title: string, run: string): string | null {
  const pattern = foldLatin(run)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  // Folding keeps offsets, so the match is read back from the title as written.
  const match = new RegExp(`(?<![a-z0-9])${pattern}(?![a-z0-9])`).exec(foldLatin(title));
  return match ? title.slice(match.index, match.index + match[0].length) : null;
}

function isOtherWord(word: string): boolean {
  const known = dictionaryClassOf(word);
  return known !== undefined && known !== '品牌词';
}
