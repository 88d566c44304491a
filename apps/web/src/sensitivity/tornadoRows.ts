// The tornado chart's rows: each driver's KPI at both ends as deltas from the base value, in the
// model's order (largest spread first). Bars are stacked with Recharts' `stackOffset="sign"`, so a
// low and a high end on opposite sides of the base draw left and right of it; when both ends fall
// on the same side (a clamp, a step), the shorter is drawn first and the longer one only beyond it,
// so the bar still ends at each value.
import { OUTPUT_LABELS, UNITS, type AnalysisKpi, type TornadoResult } from '@tokenplan/model';

/** The KPI axis title in words with its unit, from the model's labels ("Payback (months)"), never a key. */
export function tornadoAxisLabel(kpi: AnalysisKpi): string {
  const { label, unit } = OUTPUT_LABELS[kpi];
  const words = UNITS[unit];
  return words ? `${label} (${words})` : label;
}

export interface TornadoRow {
  driver: string;
  label: string;
  low: number | null;
  high: number | null;
  spread: number | null;
  /** Stack segments (deltas from base) for the low-end and high-end bars. */
  lowSegment: number;
  highSegment: number;
}

export function tornadoRows(result: TornadoResult): { base: number | null; rows: TornadoRow[] } {
  const base = result.base === null ? null : Number(result.base);
  const rows = result.bars.map((bar) => {
    const low = bar.low === null ? null : Number(bar.low);
    const high = bar.high === null ? null : Number(bar.high);
    const dLow = base === null || low === null ? 0 : low - base;
    const dHigh = base === null || high === null ? 0 : high - base;
    let lowSegment = dLow;
    let highSegment = dHigh;
    if (dLow !== 0 && dHigh !== 0 && dLow > 0 === dHigh > 0) {
      if (Math.abs(dLow) <= Math.abs(dHigh)) highSegment = dHigh - dLow;
      else lowSegment = dLow - dHigh;
    }
    return { driver: bar.driver, label: bar.label, low, high, spread: bar.spread === null ? null : Number(bar.spread), lowSegment, highSegment };
  });
  return { base, rows };
}
