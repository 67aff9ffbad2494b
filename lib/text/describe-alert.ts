import type { Alert } from '../model/history';
import { formatYuan } from './display';

/** One 动态 entry as a sentence for the side panel: what changed, from what, to what. */
export function describeAlert(alert: Pick<Alert, 'kind' | 'from' | 'to'>): string {
  const { from, to } = alert;
  const rank = (r: Alert['from']): string => (typeof r === 'number' ? `第${r}名` : '未进前60');
  const yuan = (v: Alert['from']): string => formatYuan(typeof v === 'number' ? v : null);
  switch (alert.kind) {
    case 'price-drop':
    case 'price-rise': {
      const share =
        typeof from === 'number' && typeof to === 'number' && from > 0
          ? ` (${to > from ? '+' : ''}${(((to - from) / from) * 100).toFixed(0)}%)`
          : '';
      return `${alert.kind === 'price-drop' ? '降价' : '涨价'} ${yuan(from)} → ${yuan(to)}${share}`;
    }
    case 'title-changed':
      return `标题改为「${String(to)}」（原「${String(from)}」）`;
    case 'image-changed':
      return '主图已更换';
    case 'entered-top10':
      return `进入前10：${rank(from)} → ${rank(to)}`;
    case 'left-top10':
      return `跌出前10：${rank(from)} → ${rank(to)}`;
    case 'my-rank-moved':
      return `我的排名：${rank(from)} → ${rank(to)}${typeof from === 'number' && typeof to === 'number' ? `（${describeRankMove(from, to)}）` : ''}`;
  }
}

/** "↑3", "↓2" or "" for a rank move (1 is best). */
export function describeRankMove(from: number, to: number): string {
  return to < from ? `↑${from - to}` : to > from ? `↓${to - from}` : '';
}

/** What "no rank" means for a capture: out of the top 60, or only out of the part an incomplete capture read. */
export function describeAbsent(capture: { complete: boolean; organicCount: number }): string {
  return capture.complete ? '未进前60' : `未进前${capture.organicCount}（只采集了前${capture.organicCount}个）`;
}
