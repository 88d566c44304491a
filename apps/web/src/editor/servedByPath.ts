// An application's servedBy as the editor handles it (spec §8): a plain target, or a migration path
// [{ fromMonth, target }] from month 0. Read from the raw document, so a half-typed value never throws.

export interface Step {
  fromMonth: unknown;
  target: unknown;
}

/** The path as steps: a plain target is one step from month 0. */
export function stepsOf(servedBy: unknown): Step[] {
  if (Array.isArray(servedBy)) return servedBy.map((s: unknown) => (s !== null && typeof s === 'object' ? (s as Step) : { fromMonth: undefined, target: undefined }));
  return [{ fromMonth: 0, target: servedBy }];
}

/** `{ platform: 'h100' }` → 'platform:h100' (the value of a served-by choice); '' when unset. */
export function targetValue(target: unknown): string {
  if (target === null || typeof target !== 'object') return '';
  const t = target as Record<string, unknown>;
  if (typeof t['platform'] === 'string') return `platform:${t['platform']}`;
  if (typeof t['api'] === 'string') return `api:${t['api']}`;
  return '';
}

/** 'api:frontier' → `{ api: 'frontier' }`. */
export function targetOf(value: string): { platform: string } | { api: string } {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  return kind === 'api' ? { api: id } : { platform: id };
}

/** Steps back to servedBy: one step is a plain target (the v1 shape), more a schedule. */
export function servedByOf(steps: readonly Step[]): unknown {
  if (steps.length === 1) return steps[0]?.target;
  return steps.map((s) => ({ fromMonth: s.fromMonth, target: s.target }));
}

/**
 * A new last step: a year after the last one (within the horizon), served by the first choice
 * that is not the current last target (a migration moves somewhere else).
 */
export function addStep(steps: readonly Step[], choices: readonly string[], horizonMonths: number): Step[] {
  const last = steps[steps.length - 1];
  const lastMonth = typeof last?.fromMonth === 'number' ? last.fromMonth : 0;
  const latest = Math.max(lastMonth + 1, Math.min(lastMonth + 12, horizonMonths - 1));
  const current = targetValue(last?.target);
  const next = choices.find((c) => c !== current) ?? current;
  return [...steps, { fromMonth: latest, target: next === '' ? last?.target : targetOf(next) }];
}

export function removeStep(steps: readonly Step[], index: number): Step[] {
  if (index === 0) return [...steps]; // the first step (month 0) stays
  return steps.filter((_, i) => i !== index);
}

/** 'YYYY-MM' of month index `m` after `start` ('2026-07' + 18 → '2028-01'); null when unreadable. */
export function calendarMonth(start: unknown, m: unknown): string | null {
  if (typeof start !== 'string' || typeof m !== 'number' || !Number.isInteger(m)) return null;
  const match = /^(\d{4})-(\d{2})$/.exec(start);
  if (!match) return null;
  const total = Number(match[1]) * 12 + Number(match[2]) - 1 + m;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** "H100 → B200 from 2028-12" for a schedule; null for a plain target. */
export function pathSummary(servedBy: unknown, nameOf: (value: string) => string, start: unknown): string | null {
  if (!Array.isArray(servedBy)) return null;
  return stepsOf(servedBy)
    .map((step, i) => {
      const name = nameOf(targetValue(step.target)) || '?';
      if (i === 0) return name;
      return `${name} from ${calendarMonth(start, step.fromMonth) ?? `month ${String(step.fromMonth)}`}`;
    })
    .join(' → ');
}
