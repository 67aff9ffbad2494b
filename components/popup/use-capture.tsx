import { useState, type ReactElement } from 'react';

export type CaptureOutcome<T> = { ok: true; result: T; warnings: string[] } | { ok: false; reason: string; missing: string[] };

export type CaptureStatus<T> =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'saved'; result: T; warnings: string[] }
  | { state: 'failed'; reason: string; missing: string[] };

/**
 * The popup's capture buttons all run "parse in the page, then store in the background" and show one of
 * four states; a thrown error (no content script, invalid reply) becomes a failure with its message.
 */
export function useCapture<T>(run: () => Promise<CaptureOutcome<T>>): [CaptureStatus<T>, () => void] {
  const [status, setStatus] = useState<CaptureStatus<T>>({ state: 'idle' });
  const start = (): void => {
    setStatus({ state: 'working' });
    run().then(
      (outcome) =>
        setStatus(
          outcome.ok
            ? { state: 'saved', result: outcome.result, warnings: outcome.warnings }
            : { state: 'failed', reason: outcome.reason, missing: outcome.missing },
        ),
      (error: unknown) => setStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error), missing: [] }),
    );
  };
  return [status, start];
}

/** "无法采集：… （缺少：…）。没有保存任何数据。" */
export function CaptureError({ status }: { status: CaptureStatus<unknown> }): ReactElement | null {
  if (status.state !== 'failed') return null;
  return (
    <p className="error" data-testid="capture-error">
      无法采集：{status.reason}
      {status.missing.length ? `（缺少：${status.missing.join('、')}）` : ''}。没有保存任何数据。
    </p>
  );
}

/** The capture button with its working label. */
export function CaptureButton({
  status,
  label,
  onClick,
}: {
  status: CaptureStatus<unknown>;
  label: string;
  onClick: () => void;
}): ReactElement {
  return (
    <button type="button" onClick={onClick} disabled={status.state === 'working'}>
      {status.state === 'working' ? '正在采集…' : label}
    </button>
  );
}
