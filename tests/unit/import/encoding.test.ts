import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPurchased } from '../../../lib/analysis/shop/order-status';
import { decodeText } from '../../../lib/sites/backoffice/decode-text';
import { parseImportFile, readImportFile } from '../../../lib/sites/backoffice/import-file';
import { parseImportedTable, readTableFile } from '../../support/import-rows';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/imports');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

const TABLE = '商品ID,商品名称,曝光量\r\n597090034012,连帽卫衣女,1200\r\n';
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le'));
  if (endian === 'le') return le;
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

describe('decodeText: the encoding of a downloaded CSV', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TABLE)]), 'utf-8', 'bom'],
    ['UTF-8 without BOM', new TextEncoder().encode(TABLE), 'utf-8', 'valid'],
    ['UTF-16 LE with BOM', utf16(TABLE, 'le', true), 'utf-16le', 'bom'],
    ['UTF-16 BE with BOM', utf16(TABLE, 'be', true), 'utf-16be', 'bom'],
    ['UTF-16 LE without BOM', utf16(TABLE, 'le', false), 'utf-16le', 'nul-pattern'],
    ['UTF-16 BE without BOM', utf16(TABLE, 'be', false), 'utf-16be', 'nul-pattern'],
  ] as const)('%s', (_label, bytes, encoding, evidence) => {
    const result = decodeText(bytes);
    expect(result).toEqual({ ok: true, value: { text: TABLE, encoding, evidence }, warnings: [] });
  });

  it('GBK (Excel on Chinese Windows, Taobao order reports): not valid UTF-8, read as GB18030', () => {
    const result = decodeText(fixture('订单_gbk_synthetic.csv'));
    expect(result.ok && result.value.encoding).toBe('gb18030');
    expect(result.ok && result.value.text.startsWith('订单编号,买家会员名')).toBe(true);
  });

  it.each([
    ['with NULs in no UTF-16 pattern', new Uint8Array(4096).map((_, i) => (i * 7919) % 256)],
    ['without NULs, neither UTF-8 nor GB18030', new Uint8Array(2048).map((_, i) => 0x80 + ((i * 37) % 128))],
  ])('binary data %s is refused with 编码无法识别', (_label, bytes) => {
    const result = decodeText(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('编码无法识别');
  });
});

describe('imports in other encodings', () => {
  it('a GBK order report imports all 10 orders, ids kept whole from ="…", statuses as shown', async () => {
    // Through the row-level test entry (tests/support/import-rows.ts): before the fix the GBK file was refused.
    const rows = await readTableFile('订单_gbk_synthetic.csv', buffer(fixture('订单_gbk_synthetic.csv')));
    const result = parseImportedTable(rows, 'taobao', { periodStart: '', periodEnd: '' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const orders = result.value.orders;
    expect(orders).toHaveLength(10);
    expect(orders[0]).toMatchObject({
      orderId: '3601234567890123410',
      buyer: '买家甲0',
      amount: 59,
      status: '交易成功',
      province: '浙江',
      itemCount: 1,
      createdAt: Date.UTC(2026, 10, 1, 0, 15, 0),
      paidAt: Date.UTC(2026, 10, 1, 0, 16, 30),
    });
    expect(orders.map((o) => o.status)).toContain('卖家已发货，等待买家确认');
    expect(orders.filter((o) => isPurchased(o.status))).toHaveLength(7);
  });

  it('UTF-16 LE "Unicode text" (tab-separated, title lines above the table)', async () => {
    const file = await readImportFile('商品效果_utf16le_synthetic.csv', fixture('商品效果_utf16le_synthetic.csv'));
    expect(file.ok && file.value.format).toBe('utf-16le');
    if (!file.ok) return;
    const result = parseImportFile(file.value, '1688');
    expect(result.ok && result.value.capture.metrics.map((m) => [m.subject, m.ctr, m.periodStart, m.periodEnd])).toEqual([
      ['597090034012', 0.08, '2026-10-01', '2026-10-31'],
      ['833454967766', 0.06, '2026-10-01', '2026-10-31'],
      ['700000000001', 0.02, '2026-10-01', '2026-10-31'],
      ['700000000002', 0.01, '2026-10-01', '2026-10-31'],
    ]);
  });

  it('UTF-16 BE without a BOM', async () => {
    const file = await readImportFile('搜索词_utf16be_nobom_synthetic.csv', fixture('搜索词_utf16be_nobom_synthetic.csv'));
    expect(file.ok && file.value.format).toBe('utf-16be');
    if (!file.ok) return;
    const result = parseImportFile(file.value, '1688');
    expect(result.ok && result.value.capture.metrics.map((m) => m.subject)).toEqual(['连帽卫衣女', '连帽卫衣女', '加绒卫衣']);
  });

  it('a guessed encoding whose text is no known table says the encoding may be the cause', async () => {
    // Bytes that are not UTF-8 and decode as GB18030 to text without a known header (as a Big5 or
    // Shift-JIS file would).
    const gbk = fixture('订单_gbk_synthetic.csv');
    const file = await readImportFile('x.csv', gbk.slice(gbk.indexOf(0x0a) + 1));
    expect(file.ok && file.value.encodingGuessed).toBe(true);
    if (!file.ok) return;
    const result = parseImportFile(file.value, 'taobao');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('编码无法识别');
  });

  it('a file no encoding fits is refused naming the encoding, through the row-level test entry as well', async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    await expect(readTableFile('x.csv', buffer(bytes))).rejects.toThrow('编码无法识别');
  });
});
