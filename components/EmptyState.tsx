import type { ReactElement, ReactNode } from 'react';

/** A friendly placeholder that says what to do next, used wherever a list or feature has nothing yet. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }): ReactElement {
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}
