import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { countOpenAlerts } from '../../lib/db/history';
import { setAlertBadge } from '../../lib/runtime/alert-badge';

/**
 * Keeps the toolbar badge on the number of open 动态 while the side panel is open: whatever the panel does
 * (dismiss, delete or thin snapshots, restore a backup) the badge follows the count. Saves made by the
 * background update it there.
 */
export function AlertBadge(): null {
  const open = useLiveQuery(() => countOpenAlerts(), []);
  useEffect(() => {
    if (open !== undefined) void setAlertBadge(open).catch(() => undefined);
  }, [open]);
  return null;
}
