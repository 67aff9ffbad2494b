import { nonNegativeNumber } from '../../text/finite-number';
import { parseSalesCount } from '../../text/sales';

/**
 * Reading text the way a person sees it, for the general reader: pieces of text in page order with the
 * line (block) they belong to and whether they are struck through. No layout is computed (the reader runs in
 * happy-dom and in content scripts alike): hidden and struck text is recognised from tags and inline styles.
 */

export interface TextPiece {
  text: string;
  /** The element the text sits in directly. */
  el: Element;
  /** The element that makes the line this piece belongs to (the nearest non-inline ancestor, or a link). */
  block: Element;
  struck: boolean;
}

/** Tags that flow inside a line: their text belongs to the line of their nearest other ancestor. */
const INLINE = new Set([
  'SPAN',
  'EM',
  'B',
  'I',
  'FONT',
  'STRONG',
  'SMALL',
  'SUP',
  'SUB',
  'MARK',
  'U',
  'INS',
  'LABEL',
  'ABBR',
  'BDI',
  'CODE',
  'DEL',
  'S',
  'STRIKE',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const STRUCK = new Set(['DEL', 'S', 'STRIKE']);

/** Every visible piece of text under `root`, in order. */
export function readTextPieces(root: Element): TextPiece[] {
  const out: TextPiece[] = [];
  const walk = (el: Element, block: Element, struck: boolean): void => {
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        const text = node.textContent ?? '';
        if (text.trim()) out.push({ text, el, block, struck });
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (SKIPPED.has(child.tagName) || isHidden(child)) continue;
      const childStruck = struck || STRUCK.has(child.tagName) || /line-through/.test(child.getAttribute('style') ?? '');
      walk(child, INLINE.has(child.tagName) ? block : child, childStruck);
    }
  };
  walk(root, root, false);
  return out;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
}

export interface TextLine {
  text: string;
  block: Element;
  /** Some of its text is struck through (an original price beside the current one). */
  struck: boolean;
}

/** The pieces joined into lines: consecutive pieces of the same block, whitespace collapsed. */
export function readLines(pieces: readonly TextPiece[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last && last.block === piece.block && last.struck === piece.struck) last.text += piece.text;
    else lines.push({ text: piece.text, block: piece.block, struck: piece.struck });
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text);
}

const CURRENCY = /[¥￥]/;
// A range may repeat the sign and put spaces around its dash: ¥3.20 - ¥8.60.
const PRICE_SO_FAR = /^[¥￥]\s*[\d.,]*(?:\s*[-~～]\s*[¥￥]?\s*[\d.,]*)?\s*$/;
const PRICE = /^[¥￥]\s*(\d[\d,]*(?:\.\d+)?)(?:\s*[-~～]\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?))?/;

/**
 * The first price a person would read: a currency sign and a number, also when sign, integer and decimals sit
 * in separate elements (¥ / 39 / .90). Text joined on only while it still reads as a price, so a minimum
 * order glued behind it (¥7 + 2件起批) is not read as ¥72. Struck-through prices are skipped.
 */
export function readPrice(pieces: readonly TextPiece[]): { min: number; max: number; text: string } | null {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.struck || !CURRENCY.test(piece.text)) continue;
    let text = piece.text.slice(piece.text.search(CURRENCY)).trim();
    for (let j = i + 1; j < pieces.length && PRICE_SO_FAR.test(text); j++) {
      const next = pieces[j]!;
      if (next.struck || !PRICE_SO_FAR.test(text + next.text.trim())) break;
      text += next.text.trim();
    }
    const m = PRICE.exec(text);
    if (!m) continue;
    // The number rule of every reader (lib/text/finite-number.ts): finite, within range.
    const a = nonNegativeNumber(Number(m[1]!.replace(/,/g, '')));
    const b = m[2] ? nonNegativeNumber(Number(m[2].replace(/,/g, ''))) : a;
    if (a === null || b === null) continue;
    return { min: Math.min(a, b), max: Math.max(a, b), text: m[0] };
  }
  return null;
}

/** Sales as the platforms write them: 7318人付款, 1万+人收货, 已售1.2万+件, 成交91笔, 全网10万+件, 月销 2000+. */
const SALES = [
  /\d+(?:\.\d+)?\s*万?\+?\s*人(?:付款|收货|购买|已买|买过)/,
  /(?:已售|已卖|成交|月销|销量|已拼)\s*\d+(?:\.\d+)?\s*万?\+?\s*(?:件|笔|单|个|套)?/,
  /全网\s*\d+(?:\.\d+)?\s*万?\+?\s*件?/,
];

/**
 * Sales, read piece by piece first (a price node beside the sales node must not join it: ¥77.99 + 1000+人收货),
 * then a piece with the next one of its line (7318 / 人付款 in two spans).
 */
export function readSales(pieces: readonly TextPiece[]): { count: number | null; text: string } | null {
  const candidates = [
    ...pieces.filter((p) => !p.struck).map((p) => p.text),
    ...pieces.slice(0, -1).flatMap((p, i) => (p.block === pieces[i + 1]!.block && !p.struck ? [p.text + pieces[i + 1]!.text] : [])),
  ];
  for (const text of candidates) {
    for (const re of SALES) {
      const m = re.exec(text.replace(/\s+/g, ' '));
      if (m) return { count: parseSalesCount(m[0].replace(/^\D+/, '')), text: m[0] };
    }
  }
  return null;
}

/**
 * A line that names a shop: ends the way shop and company names end. A factory name (…厂) counts only with
 * its place (义乌市…服装厂): 1688 titles often end in 工厂 too.
 */
export function isShopNameLine(text: string): boolean {
  if (/[¥￥]/.test(text) || text.length > 20) return false;
  if (/(?:旗舰店|专营店|专卖店|企业店|官方店|店铺|有限公司|公司|商行|经营部|工作室)$/.test(text)) return true;
  if (text.endsWith('店')) return !/\d/.test(text);
  return text.endsWith('厂') && /[市县区镇]/.test(text);
}

const REPURCHASE = /回头率\s*(\d+(?:\.\d+)?)\s*%/;

export function readRepurchase(texts: readonly string[]): string | null {
  for (const text of texts) {
    const m = REPURCHASE.exec(text);
    if (m) return `${m[1]}%`;
  }
  return null;
}

/** Badge words a card shows (service and status marks); everything else in short lines is not a badge. */
const BADGE =
  /^(?:包邮|天猫|公益宝贝|7天无理由|七天无理由|退货包运费|运费险|极速退款|48小时发货|24小时发货|实力商家|超级工厂|源头工厂|深度验厂|验厂|验商|诚信通\d+年|品牌|官方|新品|直播|分期免息|\d+期免息)$/;

export function readBadges(texts: readonly string[], imageAlts: readonly string[]): string[] {
  return [...new Set([...texts, ...imageAlts].filter(isBadge))];
}

export function isBadge(text: string): boolean {
  return BADGE.test(text);
}

/** A label that marks a paid card: 广告 alone, or 网销宝 (1688's paid search, pages-1688.md §3.5). */
export function isAdLabel(text: string): boolean {
  return /^【?(?:广告|网销宝)】?$/.test(text.trim());
}
