import type { ItemPage } from '../../model/records';
import { readPlaceLine } from '../../text/province';
import { readImageSrc } from '../dom-read';
import { emptyItemPage, uniqueBadges } from '../item-page';
import { absoluteUrl } from '../json-read';
import { detectPage } from '../page-type';
import { failed, parsed, type ParseResult } from '../parse-result';
import { originalImageUrl } from '../taobao/item-data';
import { isShopLink } from './item-links';
import { isPlatformImageUrl } from '../image-host';
import { isBadge, isShopNameLine, readLines, readPrice, readRepurchase, readSales, readTextPieces, type TextPiece } from './visible-text';

/**
 * The structure-agnostic reader of item pages, the last source when no known data or selectors are there:
 * the title (the page's h1, else its document title without the site suffix), then what follows it as a
 * person reads down the page — the first price that is not struck through, sales, ship-from (the place
 * before 至 in a delivery line) — the shop (a link to a shop host), the gallery (the first run of at least
 * three sibling pictures, originals without size suffixes) and SKU options (radio-like choices under a
 * label, each name without its 推荐/热卖 tag). Recommendations and the description come after and are not read.
 */
export function readItemPage(doc: Document, url: string): ParseResult<ItemPage> {
  const info = detectPage(url);
  const body = doc.body;
  if (!body || !info.platform || !info.itemId) return failed('不是商品详情页', ['itemId']);
  const titleEl = findTitleElement(doc);
  const title = titleEl ? clean(titleEl.textContent) : titleFromDocument(doc.title);
  if (!title) return failed('通用识别没有在页面上找到商品标题', ['title']);

  const pieces = readTextPieces(body);
  // What a person reads after the title (the purchase panel); the whole page when the title is not an element.
  const after = titleEl
    ? pieces.filter((p) => titleEl.compareDocumentPosition(p.block) & 4 /* FOLLOWING */ || titleEl.contains(p.block))
    : pieces;
  const panel = after.slice(0, 400);
  const lines = readLines(panel);
  const texts = [...new Set([...panel.map((p) => clean(p.text)), ...lines.map((l) => l.text)])];
  const price = readPrice(panel);

  const page = emptyItemPage(info.platform, info.itemId, url, 'general');
  page.title = title;
  page.priceMin = price?.min ?? null;
  page.priceMax = price?.max ?? null;
  const sales = readSales(panel);
  page.sales = sales?.count ?? null;
  page.salesText = sales?.text ?? null;
  page.shipFrom = readShipFrom(texts);
  page.shop = readShop(body, url, pieces);
  page.repurchaseRate = ((): number | null => {
    const r = readRepurchase(texts);
    return r ? Number(r.replace('%', '')) / 100 : null;
  })();
  page.images = readGallery(body);
  page.skus = readSkuOptions(body);
  page.badges = uniqueBadges([info.platform === 'tmall' ? '天猫' : null, ...texts.filter(isBadge)]);
  const missing = [page.priceMin === null && 'price', !page.images.length && 'images'].filter((m): m is string => !!m);
  return parsed(page, [
    `页面结构没有见过，已按页面上看到的内容读取（通用识别）${missing.length ? `；没有读到：${missing.join('、')}` : ''}`,
  ]);
}

/** The page's h1 when it reads like a title; a title-like block otherwise. */
function findTitleElement(doc: Document): Element | null {
  for (const el of doc.querySelectorAll('h1, [class*="title" i], [id*="title" i]')) {
    const text = clean(el.textContent);
    if (hanCount(text) >= 6 && text.length <= 120 && !/[¥￥]/.test(text) && el.querySelectorAll('a[href]').length <= 1) return el;
  }
  return null;
}

/** "商品标题-淘宝网", "商品标题-tmall.com天猫", "商品标题 - 阿里巴巴" → the title. */
function titleFromDocument(title: string): string | null {
  const text = clean(title).replace(/\s*[-_|–—]\s*(淘宝网|tmall\.com天猫|天猫|阿里巴巴|1688\.com|1688)[^-_|]*$/i, '');
  return hanCount(text) >= 4 ? text : null;
}

/** "发货地 浙江杭州", "广东 深圳 至 北京 朝阳区" (the part before 至), "浙江 金华". */
function readShipFrom(texts: readonly string[]): string | null {
  for (const text of texts) {
    const before = text.includes('至') ? text.split('至')[0]! : text;
    const place = readPlaceLine(before.replace(/^(发货地?|配送|所在地)[:：]?\s*/, ''));
    if (place) return place;
  }
  return null;
}

function readShop(body: Element, url: string, pieces: readonly TextPiece[]): string | null {
  for (const a of body.querySelectorAll('a[href]')) {
    if (!isShopLink(a.getAttribute('href'), url)) continue;
    const text = clean(a.textContent);
    if (text.length >= 2 && !/^(进店|进入店铺|店铺首页|关注店铺|联系客服|旺旺)|登录|注册/.test(text)) return text;
  }
  return pieces.map((p) => clean(p.text)).find((t) => isShopNameLine(t)) ?? null;
}

/**
 * The gallery: the first element whose children are all pictures alone (an img, or a wrapper holding one img
 * and no text) — three or more of them, the thumbnails side by side — read as original URLs without size
 * suffixes. Swatches carry their option names and recommendations their titles, so neither qualifies.
 */
function readGallery(body: Element): string[] {
  for (const container of body.querySelectorAll('*')) {
    if (container.children.length < 3) continue;
    const pics = [...container.children].map(pictureOnly);
    if (pics.some((img) => img === null)) continue;
    const urls = (pics as Element[])
      .map((img) => originalImageUrl(absoluteUrl(readImageSrc(img))))
      .filter((u): u is string => isPlatformImageUrl(u));
    if (urls.length >= 3) return [...new Set(urls)];
  }
  return [];
}

function pictureOnly(el: Element): Element | null {
  if (el.tagName === 'IMG') return el;
  const imgs = el.querySelectorAll('img');
  return imgs.length === 1 && !clean(el.textContent) ? imgs[0]! : null;
}

/** Labels of option groups as item pages write them. */
const OPTION_LABEL =
  /^(颜色分类|颜色|尺码|尺寸|规格|型号|款式|容量|套餐类型|套餐|口味|重量|版本|机身颜色|存储容量|适用型号|分类|花色|图案)[:：]?$/;
/** Words that tag an option but are not part of its name. */
const OPTION_TAG = /^(推荐|热卖|热销|新品|爆款|限量|缺货|无货|售罄|库存紧张)$/;

/**
 * SKU options: the choices that follow a group label (颜色分类, 尺码 …) — buttons, list items, radio-like
 * divs, or table rows with their own price. The name is the option's text without its tag words.
 */
function readSkuOptions(body: Element): ItemPage['skus'] {
  const out: ItemPage['skus'] = [];
  const seen = new Set<string>();
  for (const label of body.querySelectorAll('*')) {
    if (label.children.length || !OPTION_LABEL.test(clean(label.textContent))) continue;
    const container = label.nextElementSibling;
    if (!container) continue;
    const rows = container.tagName === 'TABLE' ? [...container.querySelectorAll('tr')] : [...container.children];
    for (const option of rows) {
      const nameEl = option.tagName === 'TR' ? option.querySelector('td, th') : option;
      const name = ownWords(nameEl);
      if (!name || name.length > 40 || !/[\p{L}\p{N}]/u.test(name) || /[¥￥]/.test(name) || seen.has(name)) continue;
      seen.add(name);
      const price = option.tagName === 'TR' ? readPrice(readTextPieces(option)) : null;
      out.push({ name, price: price?.min ?? null, stock: null });
    }
  }
  return out;
}

/** An option's text without tag words, read from its text nodes (buttons included). */
function ownWords(el: Element | null): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(clean(child.textContent));
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE'].includes((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return parts.filter((t) => t && !OPTION_TAG.test(t)).join('');
}

function hanCount(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
