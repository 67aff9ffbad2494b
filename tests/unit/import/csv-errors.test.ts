import { describe, expect, it } from 'vitest';
import { parseImportFile, readImportFile } from '../../../lib/sites/backoffice/import-file';
import { parseImportedTable, readTableFile } from '../../support/import-rows';

const HEADER = '商品ID,商品名称,曝光量,点击量,点击率';
const line = (i: number, title = `标题${i}`): string => `${700000000000 + i},${title},${1000 + i},${10 + i},1.00%`;
const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
const PERIOD = { start: '2026-10-01', end: '2026-10-31' };

describe('CSV parse errors are never ignored', () => {
  it('one unbalanced quote refuses the whole file, naming the row as Excel numbers it (header = row 1)', async () => {
    // Rows 2–101: 100 items; the quote opens in the cell of data row 7, which is spreadsheet row 8.
    const lines = [HEADER, ...Array.from({ length: 100 }, (_, i) => line(i + 1, i === 6 ? '"没闭合的标题' : undefined))];
    const file = await readImportFile('商品效果.csv', bytes(lines.join('\r\n') + '\r\n'));
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.reason).toContain('第 8 行的引号不成对');
    expect(file.reason).toContain('整个文件没有导入');
    // The row-level test entry says the same instead of importing 7 of 100 rows.
    await expect(readTableFile('商品效果.csv', bytes(lines.join('\r\n')))).rejects.toThrow('第 8 行的引号不成对');
  });

  it('a malformed closing quote is refused the same way', async () => {
    const file = await readImportFile('x.csv', bytes(`${HEADER}\r\n${line(1)}\r\n700000000002,"半个"引号",1000,10,1.00%\r\n`));
    expect(file.ok || file.reason).toContain('第 3 行的引号不成对');
  });

  it('quoted cells with commas and line breaks are fine and keep Excel row numbers for the rows after them', async () => {
    const text = `${HEADER}\r\n700000000001,"标题，有逗号\r\n还换了行",1000,10,1.00%\r\n700000000002,标题,-5,10,1.00%\r\n`;
    const file = await readImportFile('x.csv', bytes(text));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const result = parseImportFile(file.value, '1688', PERIOD);
    expect(result.ok && result.value.capture.metrics.map((m) => m.title)).toEqual(['标题，有逗号\r\n还换了行']);
    expect(result.ok && result.warnings).toEqual([
      '共 2 行数据，导入 1 行，1 行没有导入（见下）',
      '第 3 行 曝光量 “-5” 是负数，这一行没有导入',
    ]);
  });

  it('a row wider than the header (an unquoted comma in a title) is skipped by its row number, the rest imported', () => {
    const rows = [HEADER, line(1), '700000000002,标题,带逗号,1000,10,1.00%', line(3)].map((l) => l.split(','));
    const result = parseImportedTable(rows, '1688', { periodStart: '2026-10-01', periodEnd: '2026-10-31' });
    expect(result.ok && result.value.metrics.map((m) => m.subject)).toEqual(['700000000001', '700000000003']);
    expect(result.ok && result.warnings).toEqual([
      '共 3 行数据，导入 2 行，1 行没有导入（见下）',
      '第 3 行 比表头多出 1 格（可能某一格里有没加引号的逗号，整行错位），这一行没有导入',
    ]);
  });

  it('blank lines and title lines above the header count as rows, like in Excel', async () => {
    const text = `统计时间：2026-10-01 ~ 2026-10-31\r\n\r\n${HEADER}\r\n${line(1)}\r\n\r\n700000000002,标题,1000,10,150%\r\n`;
    const file = await readImportFile('x.csv', bytes(text));
    if (!file.ok) throw new Error(file.reason);
    const result = parseImportFile(file.value, '1688');
    expect(result.ok && result.value.rows).toEqual({ total: 2, imported: 1, skipped: [6] });
    expect(result.ok && result.warnings[1]).toBe('第 6 行 点击率 “150%” 超出 0–100%，这一行没有导入');
  });
});
