import type { PageReport } from '../model/messages';
import { detectPage } from './page-type';

/**
 * What the content script reports about its frame. Pure apart from reading the given location and
 * document; never throws (a missing title or a strange URL gives an "unknown" report).
 */
export function describePage(href: string, doc: Pick<Document, 'title'> | null, isTopFrame: boolean): PageReport {
  const info = detectPage(href);
  let title = '';
  try {
    title = (doc?.title ?? '').slice(0, 500);
  } catch {
    title = '';
  }
  return { ...info, url: href.slice(0, 4096), title, isTopFrame };
}

/** Frames other than the top one report only when they are a page we know (the 1688 listing iframe). */
export function shouldReport(report: PageReport): boolean {
  return report.isTopFrame || report.kind !== 'unknown';
}
