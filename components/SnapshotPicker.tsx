import type { ReactElement } from 'react';
import type { SnapshotListEntry } from './use-snapshot-list';

/** A labelled select over saved snapshots (newest first). */
export function SnapshotPicker({
  label,
  list,
  value,
  onChange,
  testId,
}: {
  label: string;
  list: readonly SnapshotListEntry[];
  value: number | null;
  onChange: (id: number | null) => void;
  testId: string;
}): ReactElement {
  return (
    <label className="field">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value) || null)} data-testid={testId}>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}
