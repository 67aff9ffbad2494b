import { PAGE_KIND_LABELS, PLATFORM_LABELS, type PageInfo } from '../lib/model/page';
import { detectPage } from '../lib/sites/page-type';
import { loadSavedPage } from './load-saved-page';

export interface AnalysisReport {
  file: string;
  url: string | null;
  format: 'html' | 'json';
  page: PageInfo;
  /** The document title of a saved HTML page. */
  title: string | null;
}

/** Runs page-type detection (and, as features land, the parsers and analysis) on a saved file. */
export async function analyzeFile(file: string, url: string | null): Promise<AnalysisReport> {
  const saved = await loadSavedPage(file, url);
  try {
    const page = saved.url ? detectPage(saved.url) : detectPage('');
    const title = saved.format === 'html' ? saved.document.title || null : null;
    return { file, url: saved.url, format: saved.format, page, title };
  } finally {
    await saved.close();
  }
}

/** Human-readable report, Chinese labels as in the extension. */
export function formatReport(report: AnalysisReport): string {
  const { page } = report;
  const lines = [
    `文件: ${report.file}`,
    `网址: ${report.url ?? '（未知）'}`,
    `平台: ${page.platform ? PLATFORM_LABELS[page.platform] : '未知'}`,
    `页面类型: ${PAGE_KIND_LABELS[page.kind]}`,
  ];
  if (page.keyword) lines.push(`关键词: ${page.keyword}`);
  if (page.itemId) lines.push(`商品ID: ${page.itemId}`);
  if (report.title) lines.push(`标题: ${report.title}`);
  return lines.join('\n');
}
