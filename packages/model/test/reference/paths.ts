/**
 * Time, demand and price paths of the reference calculator (spec §1, §3, §9), float64.
 */
import type { RApplication, RPlatform, RScenario, Target, Throughput } from './scenario';
import { at } from '../helpers/at';

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface CalMonth {
  year: number;
  month: number; // 1..12
  label: string;
  hours: number;
}

/** Calendar month `start + t`, hours = days × 24 (leap years count, Gregorian rule). */
export function calendarMonth(s: RScenario, t: number): CalMonth {
  const index = s.startYear * 12 + (s.startMonth - 1) + t;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const days = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] as number);
  return { year, month, label: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`, hours: days * 24 };
}

/** Fiscal year named by the calendar year in which it ends (§6). */
export function fiscalYear(s: RScenario, m: CalMonth): number {
  if (s.fiscalYearStartMonth === 1) return m.year;
  return m.month >= s.fiscalYearStartMonth ? m.year + 1 : m.year;
}

export const modelYear = (t: number): number => Math.floor(t / 12);

/** x^(t/12): an annual factor spread over months by compounding (§1: never r/12). */
export const annualPow = (x: number, t: number): number => Math.pow(x, t / 12);

/** Tokens demanded in month t (§3; seats §9). */
export function demand(a: RApplication, t: number): number {
  const d = a.demand;
  switch (d.type) {
    case 'compound':
      return d.d0 * Math.pow(1 + d.rate, t);
    case 'linear':
      return Math.max(0, d.d0 + d.increment * t);
    case 'logistic':
      return d.d0 === 0 ? 0 : d.capacity / (1 + (d.capacity / d.d0 - 1) * Math.exp(-d.rate * t));
    case 'seats':
      return seats(a, t) * d.tokensPerSeat0 * annualPow(1 + d.tokensPerSeatGrowth, t);
  }
}

/** Seats in month t, or null for an application without seats. */
export function seats(a: RApplication, t: number): number {
  const d = a.demand;
  return d.type === 'seats' ? d.seats0 * Math.pow(1 + d.seatGrowth, t) : 0;
}

/** The erosion factor (1 − e)^(t/12) of an application's prices. */
export const erosion = (a: RApplication, t: number): number => annualPow(1 - a.annualPriceErosion, t);

/** Software multiplier M_p(t). */
export function softwareMultiplier(p: RPlatform, t: number): number {
  const sw = p.software;
  if (sw.type === 'none') return 1;
  if (sw.type === 'compound') return Math.min(sw.cap, annualPow(1 + sw.annualImprovement, t));
  return sw.steps.reduce((m, step) => (step.month <= t ? m * step.multiplier : m), 1);
}

/** The target serving an application in month t: the entry with the largest fromMonth ≤ t (§8). */
export function targetAt(a: RApplication, t: number): Target {
  let chosen = at(a.schedule, 0);
  for (const entry of a.schedule) if (entry.fromMonth <= t) chosen = entry;
  return chosen.target;
}

/** A curve's throughput at interactivity u: linear interpolation, the first point's below it (§9). */
export function curveThroughput(points: { interactivity: number; tokensPerSecondPerGpu: number }[], u: number): number {
  const first = at(points, 0);
  if (u <= first.interactivity) return first.tokensPerSecondPerGpu;
  for (let i = 1; i < points.length; i++) {
    const lo = at(points, i - 1);
    const hi = at(points, i);
    if (u <= hi.interactivity) {
      return lo.tokensPerSecondPerGpu + ((hi.tokensPerSecondPerGpu - lo.tokensPerSecondPerGpu) * (u - lo.interactivity)) / (hi.interactivity - lo.interactivity);
    }
  }
  throw new Error('reference: interactivity_unreachable');
}

/**
 * GPU-seconds per demanded token at day-one software on a platform (§3, §9): 1/T for a plain
 * figure or a curve, ((1−o)(1−c)/input + o/output) by class (cached input skips prefill).
 */
export function gpuSecondsPerToken(p: RPlatform, a: RApplication): number {
  const th: Throughput | undefined = p.throughput[a.model];
  if (!th) throw new Error(`reference: no throughput for ${a.model} on ${p.id}`);
  if (th.kind === 'plain') return 1 / th.perGpu;
  if (th.kind === 'classes') return ((1 - a.outputShare) * (1 - a.cachedInputShare)) / th.input + a.outputShare / th.output;
  if (a.minInteractivity === null) throw new Error('reference: an application on a curve needs minInteractivity');
  return 1 / curveThroughput(th.points, a.minInteractivity);
}

/**
 * ceil / floor of a quotient of decimal inputs computed in float64: a quotient within 1e-11
 * relative of an integer is taken as that integer (Reading R1 in contract.ts).
 */
export function snappedCeil(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= 1e-11 * Math.max(1, Math.abs(x)) ? r : Math.ceil(x);
}
export function snappedFloor(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= 1e-11 * Math.max(1, Math.abs(x)) ? r : Math.floor(x);
}
