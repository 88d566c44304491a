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
  const x = (j: number) => calc.in(`${base}.curve[${j}].interactivity`);
  const y = (j: number) => calc.in(`${base}.curve[${j}].tokensPerSecondPerGpu`);
  let formula = '"above the curve"';
  for (let j = form.points.length - 1; j >= 1; j -= 1) formula = `IF(${u}<=${x(j)},${y(j - 1)}+(${y(j)}-${y(j - 1)})*(${u}-${x(j - 1)})/(${x(j)}-${x(j - 1)}),${formula})`;
  return { label: `Tokens/s per GPU of ${a.model} on ${p.id}: the curve at minInteractivity`, constant: `IF(${u}<=${x(0)},${y(0)},${formula})` };
}
