import { useMemo, useState, type ReactElement } from 'react';
import {
  buildRevisitListOf,
  REVISIT_REASON_HINTS,
  REVISIT_REASON_LABELS,
  type OccasionState,
  type RevisitEntry,
} from '../../lib/analysis/shop/revisit';
import type { BuyerHistory } from '../../lib/analysis/shop/buyer-history';
import { fillRevisitMessage } from '../../lib/analysis/shop/revisit-message';
import { markContacted, undoContact } from '../../lib/db/contacts';
import { withStorageErrors } from '../../lib/db/storage-errors';
import { revisitTable } from '../../lib/export/customer-action-rows';
import { PLATFORM_LABELS } from '../../lib/model/page';
import { REVISIT_REASONS, type Contact, type RevisitReason } from '../../lib/model/records';
import type { Settings } from '../../lib/model/settings';
import { chinaIsoDate, DAY_MS } from '../../lib/text/china-date';
import { errorMessage } from '../../lib/text/error-message';
import { EmptyState } from '../EmptyState';
import { ExportButtons } from '../ExportButtons';
import { useSidePanelStore } from '../side-panel-store';

/** Entries drawn per reason; the export has them all. */
const SHOWN = 100;

/**
 * 回访清单: whom to contact, why, since when, with a suggested message; 标记已联系 stores the contact and the
 * buyer leaves the list for the cool-down (设置 → 客户回访).
 */
export function RevisitList({
  histories,
  contacts,
  settings,
  now,
}: {
  /** Buyers' valid orders, collected once by the 客户 tab. */
  histories: readonly BuyerHistory[];
  contacts: readonly Contact[];
  settings: Settings;
  now: number;
}): ReactElement {
  const list = useMemo(
    () =>
      buildRevisitListOf(histories, {
        now,
        coolDownDays: settings.revisitCoolDownDays,
        lapsedDays: settings.revisitLapsedDays,
        campaignDate: settings.campaignDate,
        festivalDate: settings.festivalDate,
        contacts,
      }),
    [histories, now, settings, contacts],
  );
  const [chosen, setChosen] = useState<RevisitReason | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reason = chosen ?? REVISIT_REASONS.find((r) => list.counts[r] > 0) ?? 'repeat-3-4';
  const entries = list.entries.filter((e) => e.reason === reason);

  const mark = (entry: RevisitEntry): void => {
    setError(null);
    withStorageErrors(() =>
      markContacted({ platform: entry.platform, buyer: entry.buyer, reason: entry.reason, occasion: entry.occasion }, Date.now()),
    ).catch((e: unknown) => setError(`没有记下：${errorMessage(e)}`));
  };

  return (
    <section data-testid="revisit-list" data-total={list.entries.length}>
      <h2>回访清单</h2>
      <p className="small muted">
        只按有效订单计算（交易关闭、未付款、已退款的不算）。标记“已联系”后，这位买家 {settings.revisitCoolDownDays} 天内不再出现在任何分组里
        {list.coolingDown ? `（现在有 ${list.coolingDown} 人在冷却中）` : ''}
        ；同一原因联系过的，下次有新订单或新的活动、节日日期时才会再出现。
      </p>
      <OccasionNotes campaign={list.campaign} festival={list.festival} />
      <div className="chips" role="tablist" aria-label="回访原因">
        {REVISIT_REASONS.map((r) => (
          <button
            key={r}
            type="button"
            role="tab"
            className="chip"
            aria-selected={r === reason}
            onClick={() => setChosen(r)}
            data-testid={`revisit-reason-${r}`}
            data-count={list.counts[r]}
          >
            {REVISIT_REASON_LABELS[r]} {list.counts[r]}
          </button>
        ))}
      </div>
      <p className="small">{REVISIT_REASON_HINTS[reason]}</p>
      {entries.length ? (
        <ol className="revisit-entries">
          {entries.slice(0, SHOWN).map((e) => (
            <RevisitRow key={`${e.buyerKey}|${e.reason}`} entry={e} settings={settings} onMark={() => mark(e)} />
          ))}
        </ol>
      ) : (
        <EmptyState title={`“${REVISIT_REASON_LABELS[reason]}”现在没有要联系的客户`}>{emptyHint(reason, list)}</EmptyState>
      )}
      {entries.length > SHOWN ? <p className="small muted">只显示前 {SHOWN} 位，完整名单请导出。</p> : null}
      {error ? <p className="error">{error}</p> : null}
      {list.entries.length ? (
        <ExportButtons table={() => revisitTable(list, settings)} fileName={(ext) => `对标_回访清单.${ext}`} testId="export-revisit" />
      ) : null}
      <RecentContacts contacts={contacts} now={now} coolDownDays={settings.revisitCoolDownDays} />
    </section>
  );
}

function RevisitRow({ entry, settings, onMark }: { entry: RevisitEntry; settings: Settings; onMark: () => void }): ReactElement {
  const [copied, setCopied] = useState(false);
  const message = fillRevisitMessage(settings.revisitTemplates[entry.reason], entry, settings);
  const copy = (): void => {
    navigator.clipboard
      .writeText(message)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <li className="revisit-entry" data-testid="revisit-entry" data-buyer={entry.buyerKey} data-reason={entry.reason}>
      <div>
        <b>{entry.buyer}</b> <span className="tag tag-kind">{PLATFORM_LABELS[entry.platform]}</span>
        <span className="small muted">
          {' '}
          {sinceLabel(entry)} {chinaIsoDate(entry.since)}
          {entry.since !== entry.lastOrderAt ? ` · 最近下单 ${chinaIsoDate(entry.lastOrderAt)}` : ''} · 有效订单 {entry.orders} 笔 ·{' '}
          {entry.pieces} 件
        </span>
      </div>
      {entry.items.length ? <div className="small muted item-names">买过：{entry.items.slice(0, 3).join('；')}</div> : null}
      <div className="revisit-message small" data-testid="revisit-message">
        {message}
      </div>
      <p className="actions">
        <button type="button" className="small-button" onClick={onMark} data-testid="mark-contacted">
          标记已联系
        </button>
        <button type="button" className="secondary small-button" onClick={copy}>
          {copied ? '已复制' : '复制话术'}
        </button>
      </p>
    </li>
  );
}

function sinceLabel(e: RevisitEntry): string {
  switch (e.reason) {
    case 'repeat-3-4':
      return `第 ${e.orders} 次购买于`;
    case 'multi-item-first':
      return '第一次购买（一单多件）于';
    case 'lapsed':
      return '没有再买，自';
    case 'campaign':
      return '成为老客户/多件客户于';
    case 'festival':
      return '近12个月首次购买于';
  }
}

/** The campaign and festival dates as set, or how to set them. */
function OccasionNotes({ campaign, festival }: { campaign: OccasionState; festival: OccasionState }): ReactElement {
  const selectTab = useSidePanelStore((s) => s.selectTab);
  const toSettings = (
    <button type="button" className="link" onClick={() => selectTab('settings')}>
      到“设置 → 客户回访”填写
    </button>
  );
  return (
    <p className="small" data-testid="occasion-notes">
      {campaign ? (
        campaign.open ? (
          <>活动日期 {campaign.date}：活动开始前列出老客户和多件客户。</>
        ) : (
          <>
            活动日期 {campaign.date} 已到或已过，活动预热不再列出客户。{toSettings}新的活动日期。
          </>
        )
      ) : (
        <>没有活动日期：{toSettings}后，活动前会列出老客户和多件客户。</>
      )}{' '}
      {festival ? (
        festival.open ? (
          <>节日 {festival.date}：当天及之前列出近12个月买过的客户。</>
        ) : (
          <>节日 {festival.date} 已过。</>
        )
      ) : (
        <>没有节日日期（节日问候）。</>
      )}
    </p>
  );
}

function emptyHint(reason: RevisitReason, list: { campaign: OccasionState; festival: OccasionState }): string {
  switch (reason) {
    case 'repeat-3-4':
      return '有效订单满 3 笔或 4 笔的买家会出现在这里。';
    case 'multi-item-first':
      return '第一次购买就一单买了 2 件及以上的买家会出现在这里。';
    case 'lapsed':
      return '超过设置的天数没有再下单的买家会出现在这里。';
    case 'campaign':
      return list.campaign?.open ? '还没有老客户（2 笔及以上有效订单）或多件客户。' : '在“设置 → 客户回访”里填写下一次活动的日期。';
    case 'festival':
      return list.festival?.open ? '近12个月没有有效订单。' : '在“设置 → 客户回访”里填写节日日期。';
  }
}

/** Contacts still in their cool-down, newest first, each one can be taken back (marked by mistake). */
function RecentContacts({
  contacts,
  now,
  coolDownDays,
}: {
  contacts: readonly Contact[];
  now: number;
  coolDownDays: number;
}): ReactElement | null {
  const recent = contacts
    .filter((c) => now - c.contactedAt < coolDownDays * DAY_MS)
    .sort((a, b) => b.contactedAt - a.contactedAt)
    .slice(0, 20);
  if (!recent.length) return null;
  return (
    <details data-testid="contacted-list">
      <summary className="small">最近联系过（冷却中）{recent.length} 条</summary>
      <ul className="small">
        {recent.map((c) => (
          <li key={c.key} data-testid="contacted" data-buyer={c.buyerKey}>
            {c.buyer}（{PLATFORM_LABELS[c.platform]}）· {REVISIT_REASON_LABELS[c.reason]} · {chinaIsoDate(c.contactedAt)}{' '}
            <button type="button" className="link" onClick={() => void undoContact(c.key)} data-testid="undo-contact">
              撤销
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
