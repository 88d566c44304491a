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

/** Applications served by a platform (v1: a single target). */
export function applicationsOn(scenario: Scenario, platformId: string): Scenario['applications'] {
  return scenario.applications.filter((a) => !Array.isArray(a.servedBy) && 'platform' in a.servedBy && a.servedBy.platform === platformId);
}

export function applicationsOnApi(scenario: Scenario, apiId: string): Scenario['applications'] {
  return scenario.applications.filter((a) => !Array.isArray(a.servedBy) && 'api' in a.servedBy && a.servedBy.api === apiId);
}
