import type { SearchSnapshot } from '../model/records';
import { countTitleUnits } from '../text/title-units';

export type Cell = string | number | null;

export interface Table {
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** Columns of a snapshot export, Chinese headers for the sellers' spreadsheets. Numbers stay numbers. */
const COLUMNS: { header: string; read: (item: SearchSnapshot['items'][number], rank: number) => Cell }[] = [
  { header: '自然排名', read: (_, rank) => rank },
  { header: '商品ID', read: (i) => i.itemId },
  { header: '标题', read: (i) => i.title },
  { header: '最低价', read: (i) => i.priceMin },
  { header: '最高价', read: (i) => i.priceMax },
  { header: '销量', read: (i) => i.sales },
  { header: '销量原文', read: (i) => i.salesText },
  { header: '回头率', read: (i) => i.repurchaseRate },
  { header: '标题字符数', read: (i) => countTitleUnits(i.title) },
  { header: '店铺', read: (i) => i.shop },
  { header: '发货地', read: (i) => i.shipFrom },
  { header: '标签', read: (i) => i.badges.join(' ') },
  { header: '平台', read: (i) => i.platform },
  { header: '页面位置', read: (i) => i.position },
  { header: '链接', read: (i) => i.detailUrl },
  { header: '主图', read: (i) => i.imageUrl },
];

export function snapshotTable(snapshot: SearchSnapshot): Table {
  return {
    name: `${snapshot.keyword || '快照'}前60`.slice(0, 31),
    headers: COLUMNS.map((c) => c.header),
    rows: snapshot.items.map((item, i) => COLUMNS.map((c) => c.read(item, i + 1))),
  };
}

/** A file name that is safe on every OS: keyword, platform, date. */
export function snapshotFileName(snapshot: SearchSnapshot, extension: 'csv' | 'xlsx'): string {
  const date = new Date(snapshot.capturedAt);
  const stamp = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}-${String(date.getHours()).padStart(2, '0')}${String(date.getMinutes()).padStart(2, '0')}`;
  const keyword = snapshot.keyword.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40) || 'snapshot';
  return `对标_${snapshot.platform}_${keyword}_${stamp}.${extension}`;
}
