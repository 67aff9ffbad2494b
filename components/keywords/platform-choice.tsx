import { useMemo, useState, type ReactElement } from 'react';
import { PLATFORM_LABELS, type Platform } from '../../lib/model/page';

/** Which platform's data a section shows, when more than one is stored (淘宝/天猫 share 生意参谋 and 直通车). */
export function PlatformChoice({
  platforms,
  value,
  onChange,
  testId,
}: {
  platforms: readonly Platform[];
  value: Platform;
  onChange: (platform: Platform) => void;
  testId: string;
}): ReactElement | null {
  if (platforms.length < 2) return null;
  return (
    <p className="small">
      显示哪个平台的数据：
      <select value={value} onChange={(e) => onChange(e.target.value as Platform)} aria-label="显示哪个平台的数据" data-testid={testId}>
        {platforms.map((p) => (
          <option key={p} value={p}>
            {p === 'taobao' ? '淘宝/天猫' : PLATFORM_LABELS[p]}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The platforms of some rows, the one captured or imported last first (the default to show). */
export function platformsByRecency<R extends { platform: Platform; capturedAt: number }>(
  rows: readonly R[],
  family: (p: Platform) => Platform = (p) => p,
): Platform[] {
  const latest = new Map<Platform, number>();
  for (const r of rows) {
    const p = family(r.platform);
    latest.set(p, Math.max(latest.get(p) ?? 0, r.capturedAt));
  }
  return [...latest].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

/**
 * The platform a section shows: the one the user picked while it still has rows, else the latest; with the
 * platforms to offer (for PlatformChoice) and the setter.
 */
export function usePlatformChoice<R extends { platform: Platform; capturedAt: number }>(
  rows: readonly R[],
  family?: (p: Platform) => Platform,
): { platforms: Platform[]; platform: Platform | null; choose: (platform: Platform) => void } {
  const platforms = useMemo(() => platformsByRecency(rows, family), [rows, family]);
  const [chosen, choose] = useState<Platform | null>(null);
  const platform = chosen && platforms.includes(chosen) ? chosen : (platforms[0] ?? null);
  return { platforms, platform, choose };
}
