import { useState, type ReactElement } from 'react';
import { errorMessage } from '../../lib/text/error-message';

/**
 * A delete button that first says exactly what goes ("删除这个快照：60 个商品") and needs a second click;
 * inline rather than window.confirm so it never blocks the panel and reads the same in every browser.
 */
export function ConfirmDelete({
  label,
  what,
  onDelete,
  testId,
}: {
  label: string;
  /** What will be deleted, with counts: shown before the second click. */
  what: string;
  /** Runs the delete; resolves to the sentence shown afterwards. */
  onDelete: () => Promise<string>;
  testId: string;
}): ReactElement {
  const [state, setState] = useState<'idle' | 'asking' | 'working'>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const run = (): void => {
    setState('working');
    onDelete()
      .then((done) => setMessage(done))
      .catch((error: unknown) => setMessage(`删除失败：${errorMessage(error)}`))
      .finally(() => setState('idle'));
  };
  if (state === 'idle') {
    return (
      <span className="confirm-delete">
        <button type="button" className="danger" onClick={() => setState('asking')} data-testid={testId}>
          {label}
        </button>
        {message ? (
          <span className="muted small" data-testid={`${testId}-result`}>
            {' '}
            {message}
          </span>
        ) : null}
      </span>
    );
  }
  return (
    <span className="confirm-delete" role="alertdialog" data-testid={`${testId}-confirm`}>
      <span>将删除{what}，删除后无法找回（需要时先在“设置 → 数据”里备份）。</span>{' '}
      <button type="button" className="danger" disabled={state === 'working'} onClick={run} data-testid={`${testId}-yes`}>
        确认删除
      </button>{' '}
      <button type="button" disabled={state === 'working'} onClick={() => setState('idle')}>
        取消
      </button>
    </span>
  );
}
