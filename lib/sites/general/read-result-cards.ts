import type { Platform } from '../../model/page';
import type { SearchItem } from '../../model/records';
import { readPlaceLine } from '../../text/province';
import { readImageSrc } from '../dom-read';
import { buildSearchItem, type RawCard } from '../search-item';
import { isShopLink, readItemLink, type ItemLink } from './item-links';
import {
  isAdLabel,
  isBadge,
  readBadges,
  readLines,
  readPrice,
  readRepurchase,
  readSales,
  readTextPieces,
  isShopNameLine,
  type TextLine,
  type TextPiece,
} from './visible-text';

/**
 * The structure-agnostic reader of result pages, the last source when no known structure yields items: it
 * reads what a person sees. Cards are found from links to item pages: a card is the largest element around an
 * item link that holds no link to another item; the results are the cards of the part of the page that holds
 * most of them (so a side rail of 掌柜热卖 or 为你推荐 items, a header banner or a related-search strip is left
 * out). In each card: the title (its longest line that is neither price, sales, shop nor place), the price
 * (currency sign and number, also split across elements, never a struck-through one), sales, shop (a link to
 * a shop host, or a line ending like a shop name), ship-from, repurchase (回头率), badges, and ads (a 广告
 * label, or a link through an ad-click host).
 */
export function readResultCards(root: ParentNode, pageUrl: string, platform: Platform): SearchItem[] {
  const reads = findMainCards(root, pageUrl).map((card) => readCard(card, pageUrl, platform));
  // Cards of one page share their markup: where a shop or a place was recognised on enough cards, the same
  // spot on the other cards holds theirs (a shop named 深圳华强北数码 has no telltale ending).
  fillFromPeers(reads, 'shop', (text) => text.length >= 2 && text.length <= 20 && !/[¥￥]/.test(text));
  fillFromPeers(reads, 'place', (text) => readPlaceLine(text) !== null);
  return reads.map((r, i) =>
    buildSearchItem(r.platform, i + 1, { ...r.raw, shop: r.shop?.text ?? null, shipFrom: r.place ? readPlaceLine(r.place.text) : null }),
  );
}

interface Card {
  root: Element;
  links: { el: Element; link: ItemLink }[];
}

/** The element at the top of the page the reader starts from. */
function topOf(root: ParentNode): Element | null {
  const doc = root as Document;
  return doc.body ?? doc.documentElement ?? (root as Element);
}

/** Cards of the main results, in page order. */
export function findMainCards(root: ParentNode, pageUrl: string): Card[] {
  const top = topOf(root);
  if (!top) return [];
  const links: { el: Element; link: ItemLink; key: string }[] = [];
  for (const el of top.querySelectorAll('a[href]')) {
    const link = readItemLink(el.getAttribute('href'), pageUrl);
    if (link) links.push({ el, link, key: link.itemId ?? `click:${link.href}` });
  }
  if (!links.length) return [];

  // Mark every ancestor with the one item it holds, or as mixed when it holds links to several.
  const MIXED = '\u0000mixed';
  const held = new Map<Element, string>();
  for (const { el, key } of links) {
    for (let node: Element | null = el; node && node !== top.parentElement; node = node.parentElement) {
      const seen = held.get(node);
      if (seen === MIXED) break;
      held.set(node, seen === undefined || seen === key ? key : MIXED);
    }
  }
  const roots = new Map<Element, Card>();
  for (const { el, link } of links) {
    let card = el;
    while (card.parentElement && card.parentElement !== top && held.get(card.parentElement) !== MIXED) card = card.parentElement;
    const entry = roots.get(card) ?? { root: card, links: [] };
    entry.links.push({ el, link });
    roots.set(card, entry);
  }
  const cards = [...roots.values()];
  const main = mainRegion(
    top,
    cards.map((c) => c.root),
  );
  return cards.filter((c) => main.contains(c.root));
}

/**
 * Descends from the top into the child that holds more than half of the cards still in view, as long as one
 * does: rails and banners with a few item links fall away, a grid whose children hold one card each stops it.
 */
function mainRegion(top: Element, roots: readonly Element[]): Element {
  const counts = new Map<Element, number>();
  for (const root of roots)
    for (let n: Element | null = root; n && n !== top.parentElement; n = n.parentElement) counts.set(n, (counts.get(n) ?? 0) + 1);
  let region = top;
  for (;;) {
    const total = counts.get(region) ?? 0;
    let best: Element | null = null;
    let bestCount = 0;
    for (const child of region.children) {
      const c = counts.get(child) ?? 0;
      if (c > bestCount) {
        best = child;
        bestCount = c;
      }
    }
    if (!best || bestCount <= total / 2 || roots.includes(best)) return region;
    region = best;
  }
}

interface FieldHit {
  text: string;
  el: Element;
}

interface CardRead {
  card: Card;
  platform: Platform;
  raw: Omit<RawCard, 'shop' | 'shipFrom'>;
  title: string | null;
  shop: FieldHit | null;
  place: FieldHit | null;
}

function readCard(card: Card, pageUrl: string, pagePlatform: Platform): CardRead {
  const pieces = readTextPieces(card.root);
  const lines = readLines(pieces);
  const item = card.links.find((l) => l.link.itemId && !l.link.isAdClick) ?? card.links.find((l) => l.link.itemId) ?? card.links[0]!;
  const price = readPrice(pieces);
  const sales = readSales(pieces);
  // Short texts as a person reads them: each piece on its own (a shop and a place in two spans of one row),
  // then each line.
  const hits: FieldHit[] = [
    ...pieces.map((p) => ({ text: clean(p.text), el: p.el })),
    ...lines.map((l) => ({ text: l.text, el: l.block })),
  ].filter((h) => h.text);
  const texts = [...new Set(hits.map((h) => h.text))];
  const shopLink = [...card.root.querySelectorAll('a[href]')].find(
    (a) => isShopLink(a.getAttribute('href'), pageUrl) && clean(a.textContent).length >= 2,
  );
  const shop = shopLink ? { text: clean(shopLink.textContent), el: shopLink } : readShopLine(hits);
  const place = hits.find((h) => readPlaceLine(h.text) !== null) ?? null;
  const imageAlts = [...card.root.querySelectorAll('img[alt]')].map((img) => clean(img.getAttribute('alt')));
  const title = readTitle(card, lines, pieces, imageAlts, {
    shop: shop?.text ?? null,
    place: place ? readPlaceLine(place.text) : null,
    sales: sales?.text ?? null,
  });
  const labelled = texts.some((t) => isAdLabel(t)) || card.root.querySelector('[aria-label="广告"]') !== null;
  const adClick = card.links.some((l) => l.link.isAdClick);
  const linkPlatform = item.link.platform ?? pagePlatform;
  const platform: Platform = linkPlatform === 'tmall' || imageAlts.includes('天猫') ? 'tmall' : linkPlatform;
  const image =
    [...card.root.querySelectorAll('img')].map((img) => readImageSrc(img)).find((src) => src && /^(https?:)?\/\//.test(src)) ?? null;
  return {
    card,
    platform,
    title,
    shop,
    place,
    raw: {
      itemId: item.link.itemId,
      title,
      price: price?.min ?? null,
      priceMax: price?.max ?? null,
      salesText: sales?.text ?? null,
      repurchase: readRepurchase(texts) ?? undefined,
      imageUrl: image,
      detailUrl: item.link.href,
      badges: [platform === 'tmall' ? '天猫' : null, ...readBadges(texts, imageAlts)],
      adEvidence: [adClick && 'ad-click-host', labelled && 'label:广告'],
    },
  };
}

/** Where an element sits in its card: the tags and classes from the card down to it. */
function signatureOf(root: Element, el: Element): string | null {
  const parts: string[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    parts.unshift(`${node.tagName}.${[...node.classList].sort().join('.')}`);
    if (!node.parentElement) return null;
  }
  return parts.join('>');
}

/** Fills a field on cards that lack it from the spot where most other cards had it (at least three of them). */
function fillFromPeers(reads: CardRead[], field: 'shop' | 'place', accept: (text: string) => boolean): void {
  const counts = new Map<string, number>();
  let found = 0;
  for (const r of reads) {
    const hit = r[field];
    const sig = hit ? signatureOf(r.card.root, hit.el) : null;
    if (!sig) continue;
    found++;
    counts.set(sig, (counts.get(sig) ?? 0) + 1);
  }
  const [sig, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!sig || count < 3 || count < found / 2) return;
  for (const r of reads) {
    if (r[field]) continue;
    for (const el of r.card.root.querySelectorAll('*')) {
      if (signatureOf(r.card.root, el) !== sig) continue;
      const text = clean(el.textContent);
      if (text && text !== r.title && accept(text) && !isBadge(text) && !isAdLabel(text)) r[field] = { text, el };
      break;
    }
  }
}

/**
 * The title: the text of the card's item link (or its title attribute) when the link holds the title alone;
 * else the longest line with at least four Chinese characters that is not the price, sales, shop or place
 * line, nor a row of short tags (一件代发 · 7天包换 · 深度验厂), or an image's alt text.
 */
function readTitle(
  card: Card,
  lines: readonly TextLine[],
  pieces: readonly TextPiece[],
  imageAlts: readonly string[],
  known: { shop: string | null; place: string | null; sales: string | null },
): string | null {
  const isTitleLike = (text: string, minHan: number): boolean =>
    hanCount(text) >= minHan &&
    text !== known.shop &&
    text !== known.place &&
    !(known.shop && text.includes(known.shop)) &&
    !/[¥￥]\s*\d/.test(text) &&
    !(known.sales && text.includes(known.sales)) &&
    !isShopName(text);
  const linkTexts = card.links
    .filter((l) => l.el !== card.root && !l.el.querySelector('img, [class*="price" i]'))
    .flatMap((l) => [clean(l.el.textContent), clean(l.el.getAttribute('title'))])
    .map(stripAdMark)
    .filter((t) => isTitleLike(t, 2));
  if (linkTexts.length) return longest(linkTexts);
  const longestPiece = new Map<Element, number>();
  for (const p of pieces) longestPiece.set(p.block, Math.max(longestPiece.get(p.block) ?? 0, clean(p.text).length));
  const lineTexts = lines
    // A row of short tags: every piece of it is four characters or fewer.
    .filter((l) => (longestPiece.get(l.block) ?? 0) > 4)
    .map((l) => stripAdMark(l.text))
    .filter((t) => isTitleLike(t, 4));
  const alts = imageAlts.map(stripAdMark).filter((t) => isTitleLike(t, 4));
  return longest([...lineTexts, ...alts]);
}

function longest(texts: readonly string[]): string | null {
  let best: string | null = null;
  for (const t of texts) if (!best || hanCount(t) + t.length / 100 > hanCount(best) + best.length / 100) best = t;
  return best;
}

function stripAdMark(text: string): string {
  return text.replace(/^【?广告】?\s*/, '').trim();
}

/** A line naming the shop: company and shop names first (…有限公司, …店), then …厂 lines that are not badges (超级工厂). */
function readShopLine(hits: readonly FieldHit[]): FieldHit | null {
  const names = hits.filter((h) => isShopName(h.text) && !isBadge(h.text));
  return names.find((h) => /(?:公司|店)$/.test(h.text)) ?? names[0] ?? null;
}

function isShopName(text: string): boolean {
  return isShopNameLine(text);
}

function hanCount(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
