// The software-improvement multiplier M(t) of spec §3, in floats: for the editor's preview chart only
// (the projection computes it exactly in the model).

export function softwareMultiplier(curve: unknown, t: number): number | null {
  if (curve === null || typeof curve !== 'object') return null;
  const c = curve as Record<string, unknown>;
  if (c['type'] === 'none') return 1;
  if (c['type'] === 'compound') {
    const i = Number(c['annualImprovement']);
    const cap = Number(c['cap']);
    if (!Number.isFinite(i) || !Number.isFinite(cap)) return null;
    return Math.min(cap, (1 + i) ** (t / 12));
  }
  if (c['type'] === 'steps' && Array.isArray(c['steps'])) {
    let m = 1;
    for (const step of c['steps'] as Record<string, unknown>[]) {
      const month = Number(step['month']);
      const multiplier = Number(step['multiplier']);
      if (!Number.isFinite(month) || !Number.isFinite(multiplier)) return null;
      if (month <= t) m *= multiplier;
    }
    return m;
  }
  return null;
}

export function multiplierSeries(curve: unknown, months: number): { t: number; m: number }[] {
  const points: { t: number; m: number }[] = [];
  for (let t = 0; t < Math.max(1, Math.min(months, 120)); t++) {
    const m = softwareMultiplier(curve, t);
    if (m === null) return [];
    points.push({ t, m });
  }
  return points;
}

/**
 * The multiplier axis of the curve preview: from 1× (or the lowest step, if below) to the highest
 * value, at least half a step tall. A flat curve at 1× gave Recharts a zero-height domain, which
 * it drew as "−1.0× … 1.0×".
 */
export function multiplierDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(1, ...finite);
  const high = Math.max(low + 0.5, ...finite);
  return [Math.floor(low * 2) / 2, Math.ceil(high * 2) / 2];
}
