/**
 * Reading an application's `servedBy` (spec §8 migration path) and a platform's throughput
 * figure (§9) in one place: a plain target is a schedule of one entry from month 0.
 */
import type { Application, Target, Throughput } from './objectSchema';

export interface ScheduleEntry {
  readonly fromMonth: number;
  readonly target: Target;
}

/** The migration path, sorted from month 0 (a plain target: one entry). */
export function scheduleOf(servedBy: Application['servedBy']): readonly ScheduleEntry[] {
  return Array.isArray(servedBy) ? servedBy : [{ fromMonth: 0, target: servedBy }];
}

/** The target serving at month `t`: the entry with the largest `fromMonth ≤ t`. */
export function targetAt(servedBy: Application['servedBy'], t: number): Target {
  const schedule = scheduleOf(servedBy);
  let current = schedule[0]?.target;
  for (const entry of schedule) if (entry.fromMonth <= t) current = entry.target;
  if (current === undefined) throw new TypeError('servedBy has no entry');
  return current;
}

/** Every distinct target of the path, with the path of its entry for error messages. */
export function targetsOf(servedBy: Application['servedBy']): { readonly target: Target; readonly path: readonly (string | number)[] }[] {
  return Array.isArray(servedBy)
    ? servedBy.map((entry, i) => ({ target: entry.target, path: ['servedBy', i, 'target'] }))
    : [{ target: servedBy, path: ['servedBy'] }];
}

export const isPlatformTarget = (target: Target): target is { platform: string } => 'platform' in target;

/** How a throughput figure is given (§9). */
export type ThroughputForm =
  | { readonly kind: 'all'; readonly tokensPerSecond: string }
  | { readonly kind: 'byClass'; readonly input: string; readonly output: string }
  | { readonly kind: 'curve'; readonly points: readonly { readonly interactivity: string; readonly tokensPerSecondPerGpu: string }[] };

export function throughputForm(value: Throughput): ThroughputForm {
  if (typeof value === 'string') return { kind: 'all', tokensPerSecond: value };
  if ('curve' in value) return { kind: 'curve', points: value.curve };
  return { kind: 'byClass', input: value.input, output: value.output };
}

/** The lowest tokens/s a figure can mean (an upper bound on GPU-hours, for validation limits). */
export function slowestTokensPerSecond(value: Throughput): string {
  const form = throughputForm(value);
  if (form.kind === 'all') return form.tokensPerSecond;
  if (form.kind === 'byClass') return Number(form.input) <= Number(form.output) ? form.input : form.output;
  return form.points[form.points.length - 1]?.tokensPerSecondPerGpu ?? '0';
}

/** "platform:h100" or "api:frontier" (the exports' served-by column). */
export function targetLabel(target: Target): string {
  return 'platform' in target ? `platform:${target.platform}` : `api:${target.api}`;
}

/** A plain target's label, or a migration path as "platform:h100 from month 0; platform:b200 from month 18". */
export function servedByLabel(servedBy: Application['servedBy']): string {
  if (!Array.isArray(servedBy)) return targetLabel(servedBy);
  return servedBy.map((entry) => `${targetLabel(entry.target)} from month ${entry.fromMonth}`).join('; ');
}
