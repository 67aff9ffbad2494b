import { describe, expect, it } from 'vitest';
import { checkBackup, createBackup, describeRestore, restoreBackup } from '../../../lib/db/backup';
import { listMetrics, listPaidKeywords, saveBackoffice } from '../../../lib/db/backoffice';
import { MetricDraftSchema, PaidKeywordDraftSchema, type PaidKeywordDraft } from '../../../lib/model/records';
import { V6_ROWS } from '../../fixtures/db/v6';
import { useFreshDatabases } from '../../support/fresh-db';

const freshDb = useFreshDatabases('keywords');

const { id: _market, capturedAt: _c1, ...MARKET } = V6_ROWS.metrics![1] as Record<string, unknown>;
const { id: _own, capturedAt: _c2, ...OWN } = V6_ROWS.metrics![2] as Record<string, unknown>;
const paid = (day: string, clicks: number): PaidKeywordDraft => ({
  key: `taobao|日常推广||连帽卫衣女|${day}|${day}`,
  platform: 'taobao',
  campaign: '日常推广',
  unit: '',
  keyword: '连帽卫衣女',
  periodStart: day,
  periodEnd: day,
  impressions: 1000,
  clicks,
  cost: 36,
  orders: 2,
  amount: 118,
});
const capture = (parts: { metrics?: unknown[]; paid?: PaidKeywordDraft[] }) => ({
  listings: [],
  orders: [],
  sources: [],
  metrics: (parts.metrics ?? []).map((m) => MetricDraftSchema.parse(m)),
  paid: (parts.paid ?? []).map((p) => PaidKeywordDraftSchema.parse(p)),
});

describe('storing demand and paid keyword rows', () => {
  it('a market row and my own row of the same term and week are both kept (different scopes)', async () => {
    const db = await freshDb();
    await saveBackoffice(capture({ metrics: [OWN] }), 1, db);
    await saveBackoffice(capture({ metrics: [MARKET] }), 2, db);
    const rows = await listMetrics(db);
    expect(rows.map((r) => [r.scope, r.subject, r.visitors, r.searchIndex]).sort()).toEqual([
      ['market', '连帽卫衣女', null, 52346],
      ['term', '连帽卫衣女', 42, null],
    ]);
    // The same market week captured again replaces its row.
    await saveBackoffice(capture({ metrics: [{ ...MARKET, searchIndex: 53000 }] }), 3, db);
    expect((await listMetrics(db)).filter((r) => r.scope === 'market').map((r) => r.searchIndex)).toEqual([53000]);
  });

  it('paid rows accumulate across imports by day; a day imported again is replaced, not doubled', async () => {
    const db = await freshDb();
    const first = await saveBackoffice(capture({ paid: [paid('2026-11-23', 30), paid('2026-11-24', 30)] }), 1, db);
    expect(first).toEqual({ listings: 0, metrics: 0, orders: 0, paid: 2 });
    await saveBackoffice(capture({ paid: [paid('2026-11-24', 31), paid('2026-11-25', 30)] }), 2, db);
    const rows = await listPaidKeywords(db);
    expect(rows.map((r) => [r.periodStart, r.clicks, r.capturedAt]).sort()).toEqual([
      ['2026-11-23', 30, 1],
      ['2026-11-24', 31, 2],
      ['2026-11-25', 30, 2],
    ]);
  });

  it('backup and merge keep paid rows and market metrics, once', async () => {
    const source = await freshDb(V6_ROWS);
    const check = await checkBackup(await createBackup(source));
    expect(check.rows.paidKeywords).toHaveLength(2);
    expect(check.refused).toEqual({});
    const target = await freshDb();
    const first = await restoreBackup(check, 'merge', target);
    expect(first.added).toMatchObject({ paidKeywords: 2, metrics: 3 });
    expect(describeRestore(first)).toContain('推广关键词报表 2');
    const second = await restoreBackup(await checkBackup(await createBackup(source)), 'merge', target);
    expect(second).toMatchObject({ added: { paidKeywords: 0, metrics: 0 }, skipped: { paidKeywords: 2, metrics: 3 } });
  });
});
