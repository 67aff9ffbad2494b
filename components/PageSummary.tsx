import type { ReactElement } from 'react';
import { PAGE_KIND_LABELS, PLATFORM_LABELS, type PageInfo } from '../lib/model/page';

/** One line: platform · page kind · keyword or item id. Scraped text is rendered as text by React. */
export function PageSummary({ page }: { page: PageInfo }): ReactElement {
  const platform = page.platform ? PLATFORM_LABELS[page.platform] : '其他网站';
  return (
    <div className="page-summary" data-testid="page-summary" data-kind={page.kind} data-platform={page.platform ?? ''}>
      <span className="tag">{platform}</span>
      <span className="tag tag-kind">{PAGE_KIND_LABELS[page.kind]}</span>
      {page.keyword ? <span className="detail">关键词：{page.keyword}</span> : null}
      {page.itemId ? <span className="detail">商品ID：{page.itemId}</span> : null}
    </div>
  );
}
