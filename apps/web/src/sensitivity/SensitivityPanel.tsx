import './sensitivity.css';
import { useEffect, useMemo, useState } from 'react';
import { buildCalendar, tornado, type AnalysisKpi, type MonteCarloResult, type Scenario } from '@tokenplan/model';
import { ChartPanel } from '../charts/ChartPanel';
import type { MonteCarloRun } from '../export/download';
import { SERIES } from '../charts/palette';
import { formatCount, formatMoney, formatMonths, formatPercent, formatRate } from '../format';
import { FanChart, fanRows } from './FanChart';
import { formatKpi, kpiUnit, TORNADO_KPIS } from './kpiFormat';
import { MonteCarloForm } from './MonteCarloForm';
import { initialForm, toOptions } from './monteCarloForm';
import { NpvHistogram } from './NpvHistogram';
import { TornadoChart } from './TornadoChart';
import { useMonteCarlo } from './useMonteCarlo';

const SWINGS = [10, 20, 30, 50];

function Tile({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="tp-kpi">
      <div className="tp-kpi__head">
        <span className="tp-kpi__label">{label}</span>
      </div>
      <div className="tp-kpi__value">{value}</div>
      {detail ? <div className="tp-kpi__detail">{detail}</div> : null}
    </div>
  );
}

function MonteCarloResults({ scenario, result, ms }: { scenario: Scenario; result: MonteCarloResult; ms: number }) {
  const months = useMemo(() => buildCalendar(scenario.start, scenario.horizonMonths, scenario.fiscalYearStartMonth).map((m) => m.label), [scenario]);
  const range = (p: { p10: number | null; p90: number | null }, f: (v: number | null) => string) => `P10 ${f(p.p10)} · P90 ${f(p.p90)}`;
  const payback = (v: number | null) => (v === null ? `beyond ${scenario.horizonMonths} months` : formatMonths(v));
  return (
    <>
      <div className="tp-kpis sens-tiles">
        <Tile label="NPV, median (P50)" value={formatMoney(result.npv.p50)} detail={range(result.npv, formatMoney)} />
        <Tile
          label="Payback within horizon"
          value={formatPercent(result.probabilityPaybackWithinHorizon, 0)}
          detail={`of paths pay back within ${scenario.horizonMonths} months`}
        />
        <Tile label="Payback, median" value={payback(result.paybackMonths.p50)} detail={range(result.paybackMonths, payback)} />
        <Tile
          label="IRR, median"
          value={formatRate(result.irrAnnual.p50)}
          detail={result.irrAnnual.shareWithIrr < 1 ? `${formatPercent(result.irrAnnual.shareWithIrr, 0)} of paths have an IRR` : range(result.irrAnnual, formatRate)}
        />
      </div>
      <p className="sens-meta">
        {result.cancelled ? <strong>Cancelled: </strong> : null}
        {formatCount(result.completedPaths)} paths{result.cancelled ? ` of ${formatCount(result.paths)}` : ''}, seed {result.seed}, {(ms / 1000).toFixed(1)} s in this browser. Base
        case (every driver as entered): NPV {formatMoney(result.base.npv)}.
      </p>
      <div className="tp-chart-grid">
        <ChartPanel
          wide
          title="Monthly cash flow, P10–P90"
          subtitle="USD per month: shaded band from P10 to P90 of the simulated paths, line at the median"
          summary={`Median monthly cash flow in the last month: ${formatMoney(result.months.cashFlow.p50[months.length - 1] ?? null)}.`}
        >
          <FanChart rows={fanRows(months, result.months.cashFlow)} color={SERIES.cashPositive} label="Cash flow" />
        </ChartPanel>
        <ChartPanel title="Monthly cost, P10–P90" subtitle="Opex + capex, USD per month" summary="Cash spent per month: the budget's uncertainty band.">
          <FanChart rows={fanRows(months, result.months.cost)} color="#1f3a5f" label="Cost" />
        </ChartPanel>
        <ChartPanel
          title="NPV distribution"
          subtitle="Share of paths per NPV band, USD"
          summary={`P10 ${formatMoney(result.npv.p10)}, P50 ${formatMoney(result.npv.p50)}, P90 ${formatMoney(result.npv.p90)}.`}
        >
          <NpvHistogram bins={result.npvHistogram} p10={result.npv.p10} p50={result.npv.p50} p90={result.npv.p90} />
        </ChartPanel>
      </div>
    </>
  );
}

/**
 * Sensitivity tab: a tornado of the spec §6 drivers (computed on the float64 fast path, held to
 * 1e-9 of the Decimal engine, so it follows every edit at once) and a seeded Monte Carlo run in a
 * Web Worker with progress and cancel.
 */
export interface SensitivityPanelProps {
  scenario: Scenario;
  /** Told of each completed Monte Carlo run (paths, seed, distributions), e.g. so the PDF can repeat it. */
  onMonteCarloRun?: (run: MonteCarloRun) => void;
}

export function SensitivityPanel({ scenario, onMonteCarloRun }: SensitivityPanelProps) {
  const [kpi, setKpi] = useState<AnalysisKpi>('npv');
  const [swing, setSwing] = useState(20);
  const tornadoResult = useMemo(() => {
    try {
      return tornado(scenario, { kpi, swing: swing / 100, engine: 'float' });
    } catch {
      return null;
    }
  }, [scenario, kpi, swing]);
  const [form, setForm] = useState(initialForm);
  const [problems, setProblems] = useState<string[]>([]);
  const mc = useMonteCarlo();
  const running = mc.state.status === 'running';
  const finished = mc.state.status === 'done' && !mc.state.result.cancelled ? mc.state.result : null;
  useEffect(() => {
    if (finished) onMonteCarloRun?.({ paths: finished.paths, seed: finished.seed, distributions: finished.distributions });
  }, [finished, onMonteCarloRun]);

  const start = () => {
    const parsed = toOptions(form);
    if ('problems' in parsed) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    mc.run(scenario, parsed.options);
  };
  const top = tornadoResult?.bars[0];

  return (
    <div className="sens">
      <section className="sens-section" aria-labelledby="sens-tornado">
        <div className="sens-section__head">
          <div>
            <h2 id="sens-tornado">What moves the result</h2>
            <p className="sens-hint">
              Each driver moved by ±{swing}% on its own, everything else as entered. Longest bar first.
            </p>
          </div>
          <div className="sens-controls">
            <label>
              Measure
              <select value={kpi} onChange={(e) => setKpi(e.target.value as AnalysisKpi)}>
                {TORNADO_KPIS.map((k) => (
                  <option key={k.kpi} value={k.kpi}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Swing
              <select value={swing} onChange={(e) => setSwing(Number(e.target.value))}>
                {SWINGS.map((s) => (
                  <option key={s} value={s}>
                    ±{s}%
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        {tornadoResult ? (
          <ChartPanel
            wide
            title={`Tornado: ${TORNADO_KPIS.find((k) => k.kpi === kpi)?.label ?? kpi} at −${swing}% and +${swing}% per driver`}
            subtitle={`${kpiUnit(kpi)}; base ${formatKpi(kpi, tornadoResult.base)}`}
            summary={
              top && top.spread !== null
                ? `${top.label} moves the result most: ${formatKpi(kpi, top.low)} at −${swing}% to ${formatKpi(kpi, top.high)} at +${swing}%.`
                : undefined
            }
          >
            <TornadoChart result={tornadoResult} />
          </ChartPanel>
        ) : (
          <p className="inline-error">The tornado could not be computed for this scenario.</p>
        )}
      </section>

      <section className="sens-section" aria-labelledby="sens-mc">
        <div className="sens-section__head">
          <div>
            <h2 id="sens-mc">Monte Carlo</h2>
            <p className="sens-hint">Thousands of futures drawn at once; the spread of outcomes, not just one plan.</p>
          </div>
        </div>
        <MonteCarloForm form={form} onChange={setForm} disabled={running} />
        {problems.length > 0 ? (
          <ul className="inline-error" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <div className="sens-run">
          {running ? (
            <>
              <progress max={mc.state.status === 'running' ? mc.state.paths : 1} value={mc.state.status === 'running' ? mc.state.completedPaths : 0} aria-label="Simulation progress" />
              <span className="sens-run__text" role="status">
                {mc.state.status === 'running' ? `${formatCount(mc.state.completedPaths)} of ${formatCount(mc.state.paths)} paths` : ''}
              </span>
              <button type="button" className="tp-button" onClick={mc.cancel}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" className="sens-primary" onClick={start}>
              Run simulation
            </button>
          )}
        </div>
        {mc.state.status === 'error' ? <p className="inline-error" role="alert">The simulation failed: {mc.state.message}</p> : null}
        {mc.state.status === 'done' ? <MonteCarloResults scenario={scenario} result={mc.state.result} ms={mc.state.ms} /> : null}
      </section>
    </div>
  );
}
