/**
 * Where each application running a model on a platform sits on that platform's interactivity
 * curve: its SLA (minInteractivity u) and the curve's throughput at u — the model's
 * `curveThroughputAt`, the number the engine sizes the fleet with.
 */
import { curveKnee, curveThroughputAt, scheduleOf, type Decimal, type ServedBy } from '@tokenplan/model';
import { decimalOf, numericPoints, type DraftPoint } from './throughputForms';

export interface OperatingPoint {
  id: string;
  name: string;
  /** Tokens/s per user the application asks for; null while unset or not a number. */
  interactivity: number | null;
  /** Tokens/s per GPU at that SLA; null when unset or past the curve's last point. */
  throughput: number | null;
  pastKnee: boolean;
  status: 'ok' | 'missing' | 'unreachable';
}

/** Does the application's path (any step) run on `platformId`? */
export function runsOn(servedBy: unknown, platformId: string): boolean {
  try {
    return scheduleOf(servedBy as ServedBy).some((entry) => {
      const target = entry?.target as { platform?: unknown } | undefined;
      return target?.platform === platformId;
    });
  } catch {
    return false;
  }
}

export function curveOperatingPoints(points: readonly DraftPoint[], applications: readonly Record<string, unknown>[], platformId: string, model: string): OperatingPoint[] {
  const curve = numericPoints(points);
  const first = curve[0]?.tokensPerSecondPerGpu;
  return applications
    .filter((a) => a['model'] === model && runsOn(a['servedBy'], platformId))
    .map((a, i) => {
      const id = String(a['id'] ?? `application-${i + 1}`);
      const name = typeof a['name'] === 'string' && a['name'] !== '' ? a['name'] : id;
      const u = decimalOf(a['minInteractivity']);
      if (u === null) return { id, name, interactivity: null, throughput: null, pastKnee: false, status: 'missing' as const };
      const at: Decimal | null = curve.length > 0 ? curveThroughputAt(curve, u) : null;
      if (at === null) return { id, name, interactivity: u.toNumber(), throughput: null, pastKnee: false, status: 'unreachable' as const };
      const pastKnee = first !== undefined && at.lt(first.dividedBy(2));
      return { id, name, interactivity: u.toNumber(), throughput: at.toNumber(), pastKnee, status: 'ok' as const };
    });
}

/** The knee (throughput at half the first point's) of a draft curve, as a number, or null. */
export function kneeOf(points: readonly DraftPoint[]): number | null {
  const curve = numericPoints(points);
  return curve.length >= 2 ? (curveKnee(curve)?.toNumber() ?? null) : null;
}
