import { isMine, type MyItems } from '../lib/analysis/history/mine';
import type { NumberStats } from '../lib/analysis/stats';
import type { Top60 } from '../lib/analysis/top60';
import type { SearchPage } from '../lib/model/records';

/**
 * Light overlays on a result page, drawn in shadow roots so page CSS cannot touch them and they cannot
 * touch the page: an organic rank on each organic card, an ad mark on ads, and a small floating summary.
 * Plain DOM (no React) to keep the content script small. All text is set with textContent.
 */

const HOST_TAG = 'duibiao-mark';
const SUMMARY_ID = 'duibiao-summary-host';

// Inline styles, not a <style> per mark: one stylesheet per card cost more than everything else drawn.
const HOST_STYLE = 'all: initial; display: block; position: relative; height: 0; z-index: 2147483000;';
const MARK_STYLE =
  "position: absolute; top: 4px; left: 4px; font: 600 12px/18px system-ui, 'Noto Sans CJK SC', sans-serif; " +
  'padding: 0 6px; border-radius: 9px; color: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.3); white-space: nowrap;';

const SUMMARY_CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483001; }
.box { font: 13px/1.6 system-ui, 'Noto Sans CJK SC', sans-serif; color: #1f2329; background: #fff; border: 1px solid #ff5000;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 10px 28px 10px 12px; max-width: 300px; }
.title { font-weight: 600; color: #ff5000; }
.close { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 16px; cursor: pointer; color: #646a73; }
.muted { color: #646a73; }`;

/** The few figures the floating summary shows (the full benchmark is the side panel's job). */
export interface OverlayFigures {
  price: NumberStats | null;
  sales: NumberStats | null;
  titleUnits: NumberStats | null;
}

export interface OverlayInput {
  page: SearchPage;
  top: Top60;
  figures: OverlayFigures;
  cards: Map<number, Element>;
  /** My items (own listings, 我的店铺) get their own colour and a 我的 prefix. */
  mine: MyItems | null;
}

/** Draws (or redraws) the overlays; returns how many cards were marked. Idempotent. */
export function renderSearchOverlay(doc: Document, input: OverlayInput): number {
  removeSearchOverlay(doc);
  const organicRank = new Map(input.top.items.map((item, i) => [item.position, i + 1]));
  const prefix = input.page.page > 1 ? `P${input.page.page}·` : '';
  let marked = 0;
  for (const item of input.page.items) {
    const card = input.cards.get(item.position);
    if (!card) continue;
    const rank = organicRank.get(item.position);
    const own = !item.isAd && input.mine !== null && isMine(input.mine, item.platform, item.itemId, item.shop);
    const text = item.isAd ? '广告·已排除' : rank ? `${own ? '我的·' : ''}${prefix}${rank}` : null;
    if (!text) continue;
    const kind = item.isAd ? 'ad' : own ? 'mine' : 'rank';
    card.prepend(createMark(doc, text, kind, item.isAd ? item.adEvidence.join(', ') : `${own ? '我的商品，' : ''}自然排名 ${rank}`));
    marked++;
  }
  doc.body.append(createSummary(doc, input));
  return marked;
}

export function removeSearchOverlay(doc: Document): void {
  for (const el of doc.querySelectorAll(`${HOST_TAG}, #${SUMMARY_ID}`)) el.remove();
}

const MARK_COLOURS = { ad: '#8f959e', rank: '#ff5000', mine: '#1a7f37' } as const;
type MarkKind = keyof typeof MARK_COLOURS;

function createMark(doc: Document, text: string, kind: MarkKind, title: string): HTMLElement {
  // A clone of a prepared mark (clonable shadow root, Chrome ≥ 124, Firefox ≥ 123): the styles are parsed
  // once per page instead of twice per card. Where clonable shadow roots are missing, the mark is built anew.
  let host = markTemplate(doc, kind).cloneNode(true) as HTMLElement;
  if (!host.shadowRoot) host = buildMark(doc, kind);
  const mark = host.shadowRoot!.firstElementChild as HTMLElement;
  mark.textContent = text;
  mark.title = title;
  return host;
}

/** The prepared marks (rank, ad, mine) of a document, each made on its first use. */
const templates = new WeakMap<Document, Partial<Record<MarkKind, HTMLElement>>>();

function markTemplate(doc: Document, kind: MarkKind): HTMLElement {
  let made = templates.get(doc);
  if (!made) {
    made = {};
    templates.set(doc, made);
  }
  return (made[kind] ??= buildMark(doc, kind));
}

function buildMark(doc: Document, kind: MarkKind): HTMLElement {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-duibiao', kind);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open', clonable: true });
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('style', `${MARK_STYLE} background: ${MARK_COLOURS[kind]};`);
  root.append(mark);
  return host;
}

function createSummary(doc: Document, { page, top, figures }: OverlayInput): HTMLElement {
  const host = doc.createElement('div');
  host.id = SUMMARY_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SUMMARY_CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const line = (text: string, cls?: string): HTMLDivElement => {
    const div = doc.createElement('div');
    if (cls) div.className = cls;
    div.textContent = text;
    return div;
  };
  const price = figures.price ? `均价 ¥${figures.price.mean.toFixed(2)}` : '均价 —';
  const sales = figures.sales ? `销量中位数 ${Math.round(figures.sales.median)}` : '销量 —';
  const units = figures.titleUnits ? `标题平均 ${Math.round(figures.titleUnits.mean)} 字符` : '';
  const close = doc.createElement('button');
  close.className = 'close';
  close.textContent = '×';
  close.title = '关闭（可在设置里永久关闭）';
  close.addEventListener('click', () => host.remove());
  box.append(
    line(`对标 · 第${page.page}页`, 'title'),
    line(`自然结果 ${top.items.length} 个 · 广告 ${top.adsExcluded} 个（已排除）`),
    line([price, sales, units].filter(Boolean).join(' · ')),
    line(top.complete ? '已够60个，可点插件按钮“采集前60”' : `本页不足60个自然结果，采集后翻到第${page.page + 1}页再采集可补足`, 'muted'),
    close,
  );
  box.setAttribute('data-testid', 'duibiao-summary');
  root.append(style, box);
  return host;
}
