/** Migration markers as the timeline charts draw them: one rule per month, worded. */
import type { MigrationMarker } from '@tokenplan/model';
import type { TimelineMarker } from '../charts/FleetChart';
import { formatMonth } from '../format';

/** One marker per month: its move's label, or "n moves" when several applications move that month. */
export function timelineMarkers(markers: readonly MigrationMarker[]): TimelineMarker[] {
  const byMonth = new Map<string, MigrationMarker[]>();
  for (const m of markers) byMonth.set(m.month, [...(byMonth.get(m.month) ?? []), m]);
  return [...byMonth.entries()].map(([month, ms]) => ({ month, label: ms.length === 1 ? (ms[0]?.label ?? '') : `${ms.length} moves` }));
}

/** "Migrations: Search → B200, Jan 2028; Chat → Vendor API, Mar 2029." */
export function markerSummary(markers: readonly MigrationMarker[]): string {
  return `Migrations: ${markers.map((m) => `${m.label}, ${formatMonth(m.month)}`).join('; ')}.`;
}
