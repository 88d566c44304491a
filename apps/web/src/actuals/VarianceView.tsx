import '../analysis/analysis.css';
import './actuals.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/client';
import { InfoTip } from '../analysis/InfoTip';
import { ChartPanel } from '../charts/ChartPanel';
import { addMonths, formatMonth, formatRatio, sumDecimals } from '../format';
import { getVariance } from './api';
import { formatMoneyCents } from './money';
import { useVersions } from './useVersions';
import { VarianceChart } from './VarianceChart';
import { DimensionTable, monthLabel, MonthTable } from './VarianceTables';
import type { Variance } from './types';

type Load = { status: 'loading' } | { status: 'ready'; variance: Variance } | { status: 'no-baseline' } | { status: 'error'; message: string };

/** The scenario's "Plan vs actuals" tab: variance against the baseline version, forecast and exhaustion. */
export function VarianceView({ scenarioId }: { scenarioId: string }) {
  const versions = useVersions(scenarioId);
  const [rescale, setRescale] = useState(false);
  const [allMonths, setAllMonths] = useState(false);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const baselineId = versions.baselineVersionId;

  useEffect(() => {
    if (versions.status === 'loading') return;
    if (versions.status === 'ready' && !baselineId) return setLoad({ status: 'no-baseline' });
    let alive = true;
    setLoad({ status: 'loading' });
    getVariance(scenarioId, { rescale, ...(baselineId ? { version: baselineId } : {}) }).then(
      (variance) => alive && setLoad({ status: 'ready', variance }),
      (e: unknown) => {
        if (!alive) return;
        if (e instanceof ApiError && e.code === 'no_baseline') setLoad({ status: 'no-baseline' });
        else setLoad({ status: 'error', message: errorMessage(e, 'The variance could not be computed.') });
      },
    );
    return () => {
      alive = false;
    };
  }, [scenarioId, baselineId, versions.status, rescale, attempt]);

  if (load.status === 'loading') return <div className="placeholder" aria-busy="true">Comparing the plan with the actuals…</div>;
  if (load.status === 'error') {
    return (
      <div className="inline-error" role="alert">
        {load.message} <button type="button" className="link-button" onClick={() => setAttempt((a) => a + 1)}>Retry</button>
      </div>
    );
  }
  if (load.status === 'no-baseline') {
    return (
      <div className="empty-state" data-empty="no-baseline">
        <h2>No baseline version yet</h2>
        <p>
          Actuals are compared with a locked version of this scenario. Use <strong>Lock as version…</strong> above to lock the saved revision as
          a budget{versions.versions.length > 0 ? ', or choose one of its versions in “Measure against”' : ''}.
        </p>
      </div>
    );
  }

  const v = load.variance;
  const hasActuals = v.months.some((m) => m.hasActuals);
  if (!hasActuals) {
    return (
      <div className="empty-state" data-empty="no-actuals">
        <h2>No actuals in the months of {v.version.name}</h2>
        <p>Import spend from a FOCUS bill, LiteLLM spend logs or an OpenCost export to compare it with the plan.</p>
        <Link className="button button--primary" to={`/actuals?scenario=${encodeURIComponent(scenarioId)}`}>Import actuals</Link>
      </div>
    );
  }
  const fyEnd = v.exhaustion.fiscalYearEnd;
  const months = v.months.map((m) => m.month).filter((m) => allMonths || m <= fyEnd);
  const last = [...v.months].reverse().find((m) => m.hasActuals);
  return (
    <div className="act-variance" aria-label="Plan vs actuals">
      <p className="muted small">
        Measured against <strong>{v.version.name}</strong> (revision {v.version.revision}). Plan cost = the version&apos;s opex + capex of each month, the
        figure actual spend is comparable with. Actuals to {formatMonth(last?.month)}.
      </p>
      <ExhaustionCallout variance={v} />
      <div className="act-variance-toolbar">
        <label className="act-check">
          <input type="checkbox" checked={rescale} onChange={(e) => setRescale(e.target.checked)} /> Rescale the forecast by the last 3 months
          <InfoTip label="rescaled forecast">Multiplies the plan of the months after the last actual by Σ actual ÷ Σ plan over the last 3 months with actuals.</InfoTip>
        </label>
        {v.forecast.rescaled && v.forecast.factor ? <span className="badge" data-factor>factor {formatRatio(v.forecast.factor)}</span> : null}
        <label className="act-check">
          <input type="checkbox" checked={allMonths} onChange={(e) => setAllMonths(e.target.checked)} /> Show months after {formatMonth(fyEnd)}
        </label>
      </div>
      <ChartPanel
        title="Plan vs actual cost"
        subtitle="USD; monthly bars, cumulative lines; the forecast dashed"
        summary={`Actual cost to ${formatMonth(last?.month)}: ${formatMoneyCents(last?.cumulativeActualCost)} against a plan of ${formatMoneyCents(last?.cumulativePlanCost)}; rolling forecast for the fiscal year ${formatMoneyCents(fiscalYearForecast(v))} against a budget of ${formatMoneyCents(v.exhaustion.budget)}.`}
        wide
      >
        <VarianceChart variance={v} months={months} />
      </ChartPanel>
      <MonthTable variance={v} months={months} />
      <DimensionTable variance={v} />
    </div>
  );
}

/** Σ forecast over the 12 months ending at the fiscal year's end (exact, on decimal strings). */
export function fiscalYearForecast(variance: Variance): string {
  const end = variance.exhaustion.fiscalYearEnd;
  const start = addMonths(end, -11);
  return sumDecimals(variance.forecast.months.filter((m) => m.month >= start && m.month <= end).map((m) => m.cost));
}

/** When the locked budget runs out: at the burn rate and at the forecast; warning style inside the fiscal year. */
export function ExhaustionCallout({ variance }: { variance: Variance }) {
  const e = variance.exhaustion;
  return (
    <section className={`act-callout${e.withinFiscalYear ? ' act-callout--warn' : ''}`} role={e.withinFiscalYear ? 'alert' : 'status'} aria-label="Budget exhaustion" data-within-fy={e.withinFiscalYear}>
      <h3>
        {e.withinFiscalYear ? 'The budget runs out before the fiscal year ends' : 'The budget lasts the fiscal year'}{' '}
        <InfoTip label="budget exhaustion">Budget = Σ plan (opex + capex) of the locked version over the fiscal year that holds the latest actual month. Burn rate = the mean actual cost of the last 3 months with actuals; the budget runs out in the month the cumulative spend passes it.</InfoTip>
      </h3>
      <dl>
        <div>
          <dt>Budget (fiscal year to {formatMonth(e.fiscalYearEnd)})</dt>
          <dd data-figure="budget">{formatMoneyCents(e.budget)}</dd>
        </div>
        <div>
          <dt>Exhausted at the burn rate</dt>
          <dd data-figure="at-burn-rate">{monthLabel(e.atBurnRate)}</dd>
        </div>
        <div>
          <dt>Exhausted at the forecast</dt>
          <dd data-figure="at-forecast">{monthLabel(e.atForecast)}</dd>
        </div>
        <div>
          <dt>Forecast, fiscal year <InfoTip label="fiscal-year forecast">Σ of the rolling forecast over the fiscal year&apos;s months: actuals to date, then the plan (rescaled when that option is on).</InfoTip></dt>
          <dd data-figure="forecast-fy">{formatMoneyCents(fiscalYearForecast(variance))}</dd>
        </div>
      </dl>
      {e.withinFiscalYear ? <p>At this pace the budget is spent before {formatMonth(e.fiscalYearEnd)} closes: re-forecast, or cut spend.</p> : null}
    </section>
  );
}
