// An application's tokens/s per GPU on a platform (spec §9): a single figure; by class, GPU time
// D · ((1 − o)(1 − c)/input + o/output) (cached input skips prefill); on an interactivity curve,
// the curve interpolated linearly at the application's minInteractivity (below the first point,
// the first point's throughput) as a formula over the Assumptions curve table.
import { throughputForm, type Scenario } from '../../model';
import type { Calc } from './calc';

export interface Rate {
  label: string;
  /** Tokens/s per GPU as a formula (one figure, or the curve at the SLA). */
  constant?: string;
  /** Otherwise GPU-seconds per token (by class). */
  perToken?: string;
}

export function rateOf(calc: Calc, scenario: Scenario, platform: number, application: number): Rate {
  const p = scenario.platforms[platform];
  const a = scenario.applications[application];
  if (!p || !a) throw new Error('no such platform or application');
  const base = `platforms[${platform}].throughput["${a.model}"]`;
  const form = throughputForm(p.throughput[a.model] as never);
  if (form.kind === 'all') return { label: `Tokens/s per GPU of ${a.model} on ${p.id}`, constant: calc.in(base) };
  if (form.kind === 'byClass') {
    const o = calc.in(`applications[${application}].outputShare`);
    const c = calc.inOr(`applications[${application}].cachedInputShare`, '0');
    return { label: 'by class', perToken: `((1-${o})*(1-${c})/${calc.in(`${base}.input`)}+${o}/${calc.in(`${base}.output`)})` };
  }
  const u = calc.in(`applications[${application}].minInteractivity`);
  const xs = calc.in(`${base}.curve.interactivities`);
  const ys = calc.in(`${base}.curve.throughputs`);
  // k = the last point with interactivity ≤ u (MATCH type 1: the points ascend); at a point, its
  // throughput; between points k and k + 1, linear; at or below the first point, the first point's.
  const k = `MATCH(${u},${xs},1)`;
  const x = (i: string) => `INDEX(${xs},${i})`;
  const y = (i: string) => `INDEX(${ys},${i})`;
  const between = `${y(k)}+(${y(`${k}+1`)}-${y(k)})*(${u}-${x(k)})/(${x(`${k}+1`)}-${x(k)})`;
  return {
    label: `Tokens/s per GPU of ${a.model} on ${p.id}: the curve interpolated at minInteractivity`,
    constant: `IF(${u}<=${x('1')},${y('1')},IF(${u}=${x(k)},${y(k)},${between}))`,
  };
}
