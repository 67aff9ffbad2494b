import { useState, type ReactElement } from 'react';
import { SaveReportButton } from './SaveReportButton';
import { errorMessage } from '../../lib/text/error-message';

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
      (error: unknown) => setStatus({ state: 'failed', reason: errorMessage(error), missing: [] }),
    );
  };
  return [status, start];
}

/** "无法采集：… （缺少：…）。没有保存任何数据。", and the offer to save the page for feedback. */
export function CaptureError({ status, tabId }: { status: CaptureStatus<unknown>; tabId: number }): ReactElement | null {
  if (status.state !== 'failed') return null;
  const text = `无法采集：${status.reason}${status.missing.length ? `（缺少：${status.missing.join('、')}）` : ''}。没有保存任何数据。`;
  return (
    <>
      <p className="error" data-testid="capture-error">
        {text}
      </p>
      <SaveReportButton tabId={tabId} outcome={text} />
    </>
  );
}

/** Warnings of a saved capture; a page only partly read (通用识别, missing fields) can be saved for feedback. */
export function CaptureWarnings({ warnings, tabId }: { warnings: readonly string[]; tabId: number }): ReactElement | null {
  if (!warnings.length) return null;
  const partial = warnings.some((w) => /通用识别|缺少|没有读到|已跳过/.test(w));
  return (
    <>
      <p className="muted" data-testid="capture-warnings">
        提示：{warnings.join('；')}
      </p>
      {partial ? <SaveReportButton tabId={tabId} outcome={`已保存，但页面没有读全：${warnings.join('；')}`} /> : null}
    </>
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
