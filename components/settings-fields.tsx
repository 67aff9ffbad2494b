import { useState, type ReactElement } from 'react';
import { updateSettings } from '../lib/db/settings-store';
import type { Settings } from '../lib/model/settings';

/**
 * Saving settings from a form: each save goes through the validated settings store; a refused value shows
 * `problem` (what the allowed values are) until the next save.
 */
export function useSettingsSave(): { save: (change: Partial<Settings>, problem: string) => void; error: ReactElement | null } {
  const [error, setError] = useState<string | null>(null);
  const save = (change: Partial<Settings>, problem: string): void => {
    setError(null);
    updateSettings(change).catch(() => setError(problem));
  };
  return { save, error: error ? <p className="error">{error}</p> : null };
}

/** A number setting in a sentence ("价格变化超过 [10] % 时…"), saved as text when the field loses focus. */
export function NumberField({
  label,
  suffix,
  value,
  min,
  max,
  width,
  placeholder,
  onSave,
  testId,
}: {
  label: string;
  suffix?: string;
  value: number | null;
  min: number;
  max: number;
  width: number;
  placeholder?: string;
  onSave: (text: string) => void;
  testId?: string;
}): ReactElement {
  return (
    <label className="field">
      {label}
      <input
        type="number"
        min={min}
        max={max}
        placeholder={placeholder}
        defaultValue={value ?? ''}
        onBlur={(e) => onSave(e.target.value)}
        style={{ width }}
        data-testid={testId}
      />
      {suffix}
    </label>
  );
}
