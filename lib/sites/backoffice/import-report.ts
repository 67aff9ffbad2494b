/**
 * What an import tells the user about rows it could not take: one Chinese sentence per row, row numbers as
 * the spreadsheet shows them, the first few listed and the rest counted, so a long list of the same
 * mistake stays readable.
 */

/** A problem found in one row: the whole row skipped, or only that cell left empty (optional fields). */
export type RowIssue = { row: number; text: string; effect: 'skip' | 'blank' };

/** Rows listed one by one before the rest are only counted. */
export const LISTED_ROWS = 20;

/** Long cells (a title, a swallowed line) are cut so the sentence stays one line. */
function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
}

/** "点击率 “150%” 超出 0–100%"; an empty cell is named without quotes. */
export function cellProblem(column: string, value: string, problem: string): string {
  const shown = shorten(value);
  return shown ? `${column} “${shown}” ${problem}` : `${column} ${problem}`;
}

/** Rows in order with everything said about each; a row is skipped when any of its issues skips it. */
function groupByRow(issues: readonly RowIssue[]): { row: number; texts: string[]; skip: boolean }[] {
  const rows = new Map<number, { row: number; texts: string[]; skip: boolean }>();
  for (const issue of issues) {
    const entry = rows.get(issue.row) ?? { row: issue.row, texts: [], skip: false };
    entry.texts.push(issue.text);
    entry.skip ||= issue.effect === 'skip';
    rows.set(issue.row, entry);
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

/**
 * "第 7 行 点击率 “150%” 超出 0–100%，这一行没有导入", one per row, at most `limit` of them, then
 * "另有 N 行类似问题".
 */
export function describeRowIssues(issues: readonly RowIssue[], limit = LISTED_ROWS): string[] {
  const rows = groupByRow(issues);
  const lines = rows.slice(0, limit).map((r) => {
    const effect = r.skip ? '这一行没有导入' : r.texts.length > 1 ? '这几格按空值导入' : '这一格按空值导入';
    return `第 ${r.row} 行 ${r.texts.join('、')}，${effect}`;
  });
  if (rows.length > limit) lines.push(`另有 ${rows.length - limit} 行类似问题`);
  return lines;
}

/** The rows (spreadsheet numbers) that were not imported. */
export function skippedRows(issues: readonly RowIssue[]): number[] {
  return groupByRow(issues)
    .filter((r) => r.skip)
    .map((r) => r.row);
}

/** "共 100 行订单，导入 95 行，5 行没有导入（见下）" — said first whenever a row was left out. */
export function importSummary(total: number, imported: number, noun: string): string {
  const skipped = total - imported;
  return skipped > 0 ? `共 ${total} 行${noun}，导入 ${imported} 行，${skipped} 行没有导入（见下）` : `共 ${total} 行${noun}，全部导入`;
}
