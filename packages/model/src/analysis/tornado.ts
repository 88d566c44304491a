/**
 * Tornado (spec §6): each driver times `1 − swing` and `1 + swing` (default swing 0.2), the
 * chosen KPI (default NPV) at both ends, bars sorted by spread `|high − low|`, largest first
 * (bars whose KPI is null at an end come last, in DRIVERS order; ties keep DRIVERS order).
 *
 * Engine: 'decimal' (default) runs the exact projection 2 × drivers + 1 times; 'float' runs
 * the float64 fast path (held to 1e-9 of the Decimal engine) for screening at interactive speed.
 * Values are decimal strings (spec §1), or null.
 */
import { Decimal, type DecimalInput } from '../decimal';
import { compileScenario } from '../fast/compile';
import { projectFloat } from '../fast/projectFloat';
import { projectionKpis } from '../projection/run';
import type { Scenario } from '../scenario/schema';
import { applyDriver, applyDriverFloat, DRIVER_LABELS, DRIVERS, type Driver } from './drivers';
import { kpiDecimal, kpiFloat, type AnalysisKpi } from './kpis';

export interface TornadoOptions {
  /** Relative swing in (0, 1); default 0.2. */
  swing?: DecimalInput;
  kpi?: AnalysisKpi;
  drivers?: readonly Driver[];
  engine?: 'decimal' | 'float';
}

export interface TornadoBar {
  driver: Driver;
  label: string;
  lowFactor: string;
  highFactor: string;
  /** KPI with the driver at `1 − swing`. */
  low: string | null;
  /** KPI with the driver at `1 + swing`. */
  high: string | null;
  /** `|high − low|`, null when either end is null. */
  spread: string | null;
}

export interface TornadoResult {
  kpi: AnalysisKpi;
  swing: string;
  engine: 'decimal' | 'float';
  base: string | null;
  bars: TornadoBar[];
}

export function tornado(scenario: Scenario, options: TornadoOptions = {}): TornadoResult {
  const swing = new Decimal(options.swing ?? '0.2');
  if (!swing.gt(0) || !swing.lt(1)) throw new RangeError(`swing must be in (0, 1), got ${swing.toFixed()}`);
  const kpi = options.kpi ?? 'npv';
  const engine = options.engine ?? 'decimal';
  const drivers = options.drivers ?? DRIVERS;
  const lowFactor = new Decimal(1).minus(swing);
  const highFactor = new Decimal(1).plus(swing);
  let evaluate: (driver: Driver | null, factor: Decimal) => Decimal | null;
  if (engine === 'decimal') {
    evaluate = (driver, factor) => kpiDecimal(projectionKpis(driver === null ? scenario : applyDriver(scenario, driver, factor)), kpi);
  } else {
    const fs = compileScenario(scenario);
    evaluate = (driver, factor) => {
      const s = driver === null ? fs : applyDriverFloat(fs, driver, factor.toNumber());
      const v = kpiFloat(projectFloat(s), s, kpi);
      return v === null || !Number.isFinite(v) ? null : new Decimal(v);
    };
  }
  const base = evaluate(null, new Decimal(1));
  const bars = drivers.map((driver) => {
    const low = evaluate(driver, lowFactor);
    const high = evaluate(driver, highFactor);
    return { driver, low, high, spread: low === null || high === null ? null : high.minus(low).abs() };
  });
  const order = (s: Decimal | null) => s ?? new Decimal(-1);
  bars.sort((a, b) => order(b.spread).comparedTo(order(a.spread)) || DRIVERS.indexOf(a.driver) - DRIVERS.indexOf(b.driver));
  const out = (d: Decimal | null) => (d === null ? null : d.toFixed());
  return {
    kpi,
    swing: swing.toFixed(),
    engine,
    base: out(base),
    bars: bars.map((b) => ({
      driver: b.driver,
      label: DRIVER_LABELS[b.driver],
      lowFactor: lowFactor.toFixed(),
      highFactor: highFactor.toFixed(),
      low: out(b.low),
      high: out(b.high),
      spread: out(b.spread),
    })),
  };
}
