/**
 * Where each application is served in a given month (spec §8 migration paths), for the
 * presentation helpers: the projection's own `applications[].target` when it carries one, else
 * the scenario's schedule at that month (`targetAt`), so a v1-shaped projection still reads.
 * Also the migration markers the timeline charts draw ("Support bot → B200, Dec 2028").
 */
import { targetAt } from '../scenario/servedBy';
import type { ServedBy, Target } from '../scenario/objectSchema';
import type { MonthRow, Projection } from '../projection/types';

/** What target resolution needs of the scenario: who serves each application, and names. */
export interface TargetScenario {
  readonly platforms: readonly { readonly id: string; readonly name: string }[];
  readonly apiOptions?: readonly { readonly id: string; readonly name: string }[] | undefined;
  readonly applications: readonly { readonly id: string; readonly name?: string; readonly servedBy: ServedBy }[];
}

/** The target of application `id` in `month`, or null when neither the month nor the scenario says. */
export function monthTargetOf(month: MonthRow, id: string, servedBy: ServedBy | undefined): Target | null {
  // `target` is absent on a projection made before §8 (stored or hand-built): read the scenario.
  const row = month.applications.find((a) => a.id === id) as { target?: Target | undefined } | undefined;
  if (row?.target) return row.target;
  return servedBy === undefined ? null : targetAt(servedBy, month.t);
}

/** Every application's target of the month, by id (the month's applications, then the scenario's). */
export function monthTargets(month: MonthRow, scenario: TargetScenario | undefined): Map<string, Target | null> {
  const servedBy = new Map((scenario?.applications ?? []).map((a) => [a.id, a.servedBy]));
  const out = new Map<string, Target | null>();
  for (const a of month.applications) out.set(a.id, monthTargetOf(month, a.id, servedBy.get(a.id)));
  for (const [id, s] of servedBy) if (!out.has(id)) out.set(id, monthTargetOf(month, id, s));
  return out;
}

export const targetKey = (target: Target): string => ('platform' in target ? `platform:${target.platform}` : `api:${target.api}`);

/** A target's display name: the platform's or API option's name (its id when unnamed). */
export function targetName(target: Target, scenario: TargetScenario | undefined): string {
  if ('platform' in target) return scenario?.platforms.find((p) => p.id === target.platform)?.name ?? target.platform;
  return scenario?.apiOptions?.find((o) => o.id === target.api)?.name ?? target.api;
}

export interface MigrationMarker {
  /** Month index and "YYYY-MM" of the first month on the new target. */
  t: number;
  month: string;
  applicationId: string;
  application: string;
  from: Target;
  to: Target;
  /** "Support bot → B200" (the chart adds the month). */
  label: string;
}

/**
 * One marker per change of target along the horizon, in month order (then scenario order):
 * where an application's month target differs from the month before.
 */
export function migrationMarkers(projection: Projection, scenario?: TargetScenario): MigrationMarker[] {
  const names = new Map((scenario?.applications ?? []).map((a) => [a.id, a.name ?? a.id]));
  const previous = new Map<string, Target>();
  const markers: MigrationMarker[] = [];
  for (const month of projection.months) {
    for (const [id, target] of monthTargets(month, scenario)) {
      if (target === null) continue;
      const before = previous.get(id);
      previous.set(id, target);
      if (before === undefined || targetKey(before) === targetKey(target)) continue;
      const application = names.get(id) ?? id;
      markers.push({ t: month.t, month: month.month, applicationId: id, application, from: before, to: target, label: `${application} → ${targetName(target, scenario)}` });
    }
  }
  return markers;
}
