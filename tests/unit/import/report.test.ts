import { describe, expect, it } from 'vitest';
import { BackofficeCaptureSchema } from '../../../lib/model/records';
import { MAX_IMPORT_METRICS, parseImportFile, readImportFile } from '../../../lib/sites/backoffice/import-file';
import { parseImportedTable } from '../../support/import-rows';
import { describeRowIssues } from '../../../lib/sites/backoffice/import-report';

const HEADER = ['商品ID', '曝光量', '点击量', '点击率'];
const PERIOD = { periodStart: '2026-10-01', periodEnd: '2026-10-31' };
const item = (i: number, ctr = '2.00%'): string[] => [String(700000000000 + i), '1000', '20', ctr];
/** Chinese sentences, never zod's JSON or English. */
const SENTENCE = /^[^{}[\]]*[\u4e00-\u9fa5][^{}[\]]*$/;

describe('what the user reads about skipped rows', () => {
  it('at most 20 rows listed one by one, then "另有 N 行类似问题"', () => {
    const rows = [HEADER, ...Array.from({ length: 50 }, (_, i) => item(i + 1, i % 2 ? '150%' : '2.00%'))];
    const result = parseImportedTable(rows, '1688', PERIOD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.metrics).toHaveLength(25);
    expect(result.warnings[0]).toBe('共 50 行数据，导入 25 行，25 行没有导入（见下）');
    expect(result.warnings[1]).toBe('第 3 行 点击率 “150%” 超出 0–100%，这一行没有导入');
    expect(result.warnings).toHaveLength(1 + 20 + 1);
    expect(result.warnings.at(-1)).toBe('另有 5 行类似问题');
    expect(result.warnings.every((w) => SENTENCE.test(w))).toBe(true);
  });

  it('several problems of one row make one sentence', () => {
    expect(
      describeRowIssues([
        { row: 7, text: '点击率 “150%” 超出 0–100%', effect: 'skip' },
        { row: 4, text: '付款时间 “x” 不是有效的日期时间', effect: 'blank' },
        { row: 7, text: '曝光量 “-1” 是负数', effect: 'skip' },
      ]),
    ).toEqual([
      '第 4 行 付款时间 “x” 不是有效的日期时间，这一格按空值导入',
      '第 7 行 点击率 “150%” 超出 0–100%、曝光量 “-1” 是负数，这一行没有导入',
    ]);
  });

  it('a file whose every row is bad fails and says why, instead of "导入 0 行"', () => {
    const rows = [HEADER, item(1, '150%'), item(2, '-1%')];
    const result = parseImportedTable(rows, '1688', PERIOD);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(
      '表格里的 2 行数据都没有导入：第 2 行 点击率 “150%” 超出 0–100%，这一行没有导入；第 3 行 点击率 “-1%” 是负数，这一行没有导入',
    );
  });

  it('a header without data rows fails', () => {
    expect(parseImportedTable([HEADER], '1688', PERIOD)).toMatchObject({ ok: false, missing: ['数据行'] });
  });
});

describe('size limits are said in words before the schema would say them in JSON', () => {
  it(`more than ${MAX_IMPORT_METRICS} metric rows are refused with a Chinese sentence`, () => {
    const rows = [HEADER, ...Array.from({ length: MAX_IMPORT_METRICS + 1 }, (_, i) => item(i + 1))];
    const result = parseImportedTable(rows, '1688', PERIOD);
    expect(result).toEqual({
      ok: false,
      reason: '这个文件有 10,001 行数据，一次最多导入 10,000 行。请分成几个文件（例如按日期）再导入',
      missing: ['行数'],
    });
  });

  it('an accepted import always passes BackofficeCaptureSchema, so saving cannot fail with raw zod JSON', () => {
    const rows = [HEADER, ...Array.from({ length: MAX_IMPORT_METRICS }, (_, i) => item(i + 1))];
    const result = parseImportedTable(rows, '1688', PERIOD);
    expect(result.ok && BackofficeCaptureSchema.safeParse(result.value).success).toBe(true);
  });

  it('a file over 20 MB is refused in words', async () => {
    const result = await readImportFile('big.csv', new Uint8Array(20 * 1024 * 1024 + 1));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^文件太大（20\.0 MB，最多 20 MB）/) });
  });

  it('every failure of the pipeline is a Chinese sentence', async () => {
    const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
    const reasons: string[] = [];
    const note = (r: { ok: true } | { ok: false; reason: string }): void => void reasons.push(r.ok ? 'ok' : r.reason);
    note(await readImportFile('x.csv', enc('a,"b\r\n1,2\r\n')));
    note(await readImportFile('x.xls', enc('<html><table></table></html>')));
    note(await readImportFile('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04])));
    const table = await readImportFile('x.csv', enc('日期,访客数\r\n2026-11-01,10\r\n'));
    if (table.ok) note(parseImportFile(table.value, '1688'));
    expect(reasons).toHaveLength(4);
    for (const reason of reasons) expect(reason).toMatch(SENTENCE);
  });
});
