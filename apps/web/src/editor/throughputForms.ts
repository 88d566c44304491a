/**
 * The three forms of a throughput figure (spec §9) as the editor holds them, and what switching
 * between them fills in, so a switch never leaves an empty or invalid figure:
 * one rate r → { input: 10·r, output: r } (prefill runs ~10× faster than decode) or a curve
 * (10, r), (50, r/4) (throughput falls as each user gets more tokens/s); back to one rate from
 * the output rate or the curve's first point.
 */
import { Decimal } from '@tokenplan/model';

export type ThroughputKind = 'all' | 'byClass' | 'curve';

export interface DraftPoint {
  interactivity: unknown;
  tokensPerSecondPerGpu: unknown;
}

/** The form of a document value (a half-typed draft reads as one rate). */
export function kindOf(value: unknown): ThroughputKind {
  if (value !== null && typeof value === 'object') {
    if ('curve' in value) return 'curve';
    if ('input' in value || 'output' in value) return 'byClass';
  }
  return 'all';
}

export function curvePointsOf(value: unknown): DraftPoint[] {
  const curve = value !== null && typeof value === 'object' ? (value as { curve?: unknown }).curve : undefined;
  return Array.isArray(curve) ? (curve.filter((p) => p !== null && typeof p === 'object') as DraftPoint[]) : [];
}

/** A positive decimal read from a draft value, or null. */
export function decimalOf(value: unknown): Decimal | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  try {
    const d = new Decimal(value);
    return d.isFinite() && d.gt(0) ? d : null;
  } catch {
    return null;
  }
}

const FALLBACK = new Decimal(1000);

/** The one rate a figure stands for: itself, its output rate, or its first curve point. */
function representativeRate(value: unknown): Decimal {
  const kind = kindOf(value);
  if (kind === 'all') return decimalOf(value) ?? FALLBACK;
  if (kind === 'byClass') return decimalOf((value as { output?: unknown }).output) ?? FALLBACK;
  return decimalOf(curvePointsOf(value)[0]?.tokensPerSecondPerGpu) ?? FALLBACK;
}

const text = (d: Decimal) => d.toSignificantDigits(12).toFixed();

/** The figure in the form `kind`, converted from `value` (unchanged when already in that form). */
export function convertThroughput(value: unknown, kind: ThroughputKind): unknown {
  if (kindOf(value) === kind) return value;
  const rate = representativeRate(value);
  if (kind === 'all') return text(rate);
  if (kind === 'byClass') return { input: text(rate.times(10)), output: text(rate) };
  return {
    curve: [
      { interactivity: '10', tokensPerSecondPerGpu: text(rate) },
      { interactivity: '50', tokensPerSecondPerGpu: text(rate.dividedBy(4)) },
    ],
  };
}

/** A point after the last: +10 tokens/s per user, throughput 80 % of the last point's. */
export function nextPoint(points: readonly DraftPoint[]): { interactivity: string; tokensPerSecondPerGpu: string } {
  const last = points[points.length - 1];
  const x = decimalOf(last?.interactivity) ?? new Decimal(0);
  const y = decimalOf(last?.tokensPerSecondPerGpu) ?? FALLBACK;
  return { interactivity: text(x.plus(10)), tokensPerSecondPerGpu: text(y.times('0.8')) };
}

/** Points of a draft curve that read as numbers (the chart draws these), in document order. */
export function numericPoints(points: readonly DraftPoint[]): { interactivity: Decimal; tokensPerSecondPerGpu: Decimal }[] {
  return points.flatMap((p) => {
    const x = decimalOf(p.interactivity);
    const y = decimalOf(p.tokensPerSecondPerGpu);
    return x && y ? [{ interactivity: x, tokensPerSecondPerGpu: y }] : [];
  });
}
