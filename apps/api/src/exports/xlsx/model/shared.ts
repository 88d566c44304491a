// What the calculation builders share: the engine's values as cached results, and which
// applications a platform or API option serves.
import type { Projection, Scenario } from '../../model';

type Values = readonly (number | null)[];
const num = (x: unknown): number | null => (x === null || x === undefined || x === '' ? null : typeof x === 'number' ? x : Number(x));

/** The engine's month values of a line, as numbers (cached results of the formula cells). */
export interface Cached {
  month(line: string): Values;
  platform(index: number, line: string): Values;
  application(index: number, line: string): Values;
  api(id: string, line: string): Values;
}

export function cachedOf(projection: Projection): Cached {
  const months = projection.months as unknown as readonly Record<string, unknown>[];
  return {
    month: (line) => months.map((m) => num(m[line])),
    platform: (i, line) => months.map((m) => num((m['platforms'] as Record<string, unknown>[] | undefined)?.[i]?.[line])),
    application: (i, line) => months.map((m) => num((m['applications'] as Record<string, unknown>[] | undefined)?.[i]?.[line])),
    api: (id, line) => months.map((m) => num((m['apiOptions'] as Record<string, unknown>[] | undefined)?.find((o) => o['id'] === id)?.[line])),
  };
}

/** One target of an application's migration path (or its only target), with the months it serves. */
export interface TargetSpan {
  /** `p:<platform id>` or `x:<API option id>` (row keys). */
  key: string;
  label: string;
  platform?: string;
  api?: string;
  /** [from, to) month ranges (`to` 100000 for the last entry), and the path entries they come from. */
  spans: [number, number][];
  entries: number[];
  months: string;
}

export function targetsOf(a: Scenario['applications'][number]): TargetSpan[] {
  const entries = Array.isArray(a.servedBy) ? a.servedBy : [{ fromMonth: 0, target: a.servedBy }];
  const out = new Map<string, TargetSpan>();
  entries.forEach((e, i) => {
    const to = entries[i + 1]?.fromMonth ?? 100000;
    const platform = 'platform' in e.target ? e.target.platform : undefined;
    const key = platform !== undefined ? `p:${platform}` : `x:${(e.target as { api: string }).api}`;
    const known = out.get(key);
    const span: [number, number] = [e.fromMonth, to];
    if (known) {
      known.spans.push(span);
      known.entries.push(i);
    } else out.set(key, { key, label: platform !== undefined ? `platform ${platform}` : `API ${(e.target as { api: string }).api}`, ...(platform !== undefined ? { platform } : { api: (e.target as { api: string }).api }), spans: [span], entries: [i], months: '' });
  });
  for (const x of out.values()) x.months = x.spans.map(([f, t]) => (t >= 100000 ? `from month ${f}` : `months ${f}–${t - 1}`)).join(', ');
  return [...out.values()];
}

/** Applications a platform serves in some month. */
export function applicationsOn(scenario: Scenario, platformId: string): Scenario['applications'] {
  return scenario.applications.filter((a) => targetsOf(a).some((x) => x.platform === platformId));
}

export function applicationsOnApi(scenario: Scenario, apiId: string): Scenario['applications'] {
  return scenario.applications.filter((a) => targetsOf(a).some((x) => x.api === apiId));
}
