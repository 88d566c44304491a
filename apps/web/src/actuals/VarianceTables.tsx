import { useState } from 'react';
import { InfoTip } from '../analysis/InfoTip';
import { Segmented } from '../analysis/Segmented';
import { formatMonth, formatSignedPercent, formatTokens, formatUnitPrice, signOf, toNumber } from '../format';
import { formatMoneyCents } from './money';
import type { Variance, VarianceLine } from './types';

/** "+$1,234.00" over plan (red), "−$56.00" under (green): variance = actual − plan. */
function Signed({ value }: { value: string }) {
  const sign = signOf(value);
  const text = formatMoneyCents(value);
  return <span className={sign > 0 ? 'act-over' : sign < 0 ? 'act-under' : undefined}>{sign > 0 ? `+${text}` : text}</span>;
}

function Pct({ value }: { value: string | null }) {
  const n = toNumber(value);
  return <span className={n !== null && n > 0 ? 'act-over' : n !== null && n < 0 ? 'act-under' : undefined}>{formatSignedPercent(value)}</span>;
}

/** Cost per million tokens, presentation only: cost / tokens × 1e6; "—" without tokens. */
function perM(cost: string | undefined, tokens: string | undefined): number | null {
  const c = toNumber(cost);
  const t = toNumber(tokens);
  return c === null || t === null || t === 0 ? null : (c / t) * 1e6;
}

export function MonthTable({ variance, months }: { variance: Variance; months: readonly string[] }) {
  const forecast = new Map(variance.forecast.months.map((f) => [f.month, f]));
  const rows = variance.months.filter((m) => months.includes(m.month));
  return (
    <div className="tp-table-wrap">
      <table className="tp-table" data-table="variance-months">
        <caption className="act-caption">By month, USD (variance = actual − plan; positive is over plan)</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Plan</th>
            <th scope="col">Actual</th>
            <th scope="col">Variance</th>
            <th scope="col">Variance %</th>
            <th scope="col">Cumulative plan</th>
            <th scope="col">Cumulative actual</th>
            <th scope="col">Forecast <InfoTip label="forecast">Rolling forecast: the actual cost in months with actuals, the plan after them (rescaled by the last 3 months&apos; actual ÷ plan when that option is on).</InfoTip></th>
            <th scope="col">Plan $/M tokens</th>
            <th scope="col">Actual $/M tokens</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => {
            const f = forecast.get(m.month);
            return (
              <tr key={m.month} data-month={m.month}>
                <th scope="row">{formatMonth(m.month)}</th>
                <td>{formatMoneyCents(m.planCost)}</td>
                <td>{m.hasActuals ? formatMoneyCents(m.actualCost) : '—'}</td>
                <td>{m.hasActuals && m.varianceCost !== null ? <Signed value={m.varianceCost} /> : '—'}</td>
                <td>{m.hasActuals ? <Pct value={m.variancePct} /> : '—'}</td>
                <td>{formatMoneyCents(m.cumulativePlanCost)}</td>
                <td>{m.hasActuals ? formatMoneyCents(m.cumulativeActualCost) : '—'}</td>
                <td className={f?.source === 'plan' ? 'act-forecast-cell' : undefined}>{f ? formatMoneyCents(f.cost) : '—'}</td>
                <td>{formatUnitPrice(m.planCostPerMTokens)}</td>
                <td>{m.hasActuals ? formatUnitPrice(m.actualCostPerMTokens) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type Dimension = 'application' | 'team' | 'platform';
const DIMENSIONS = [
  { value: 'application', label: 'By application' },
  { value: 'team', label: 'By team' },
  { value: 'platform', label: 'By platform' },
] as const;

/** Plan vs actual per application, team or platform over the months with actuals, with unit cost and the unmapped line. */
export function DimensionTable({ variance }: { variance: Variance }) {
  const [dimension, setDimension] = useState<Dimension>('application');
  const lines: VarianceLine[] = dimension === 'application' ? variance.byApplication : dimension === 'team' ? variance.byTeam : variance.byPlatform;
  return (
    <div>
      <div className="act-variance-toolbar">
        <Segmented label="Variance by" value={dimension} options={DIMENSIONS} onChange={setDimension} />
        <span className="muted small">Months with actuals only; plan cost per application is its allocated cost, per platform its self-hosted cost and capex.</span>
      </div>
      <div className="tp-table-wrap">
        <table className="tp-table" data-table={`variance-${dimension}`}>
          <thead>
            <tr>
              <th scope="col">{dimension === 'application' ? 'Application' : dimension === 'team' ? 'Team' : 'Platform'}</th>
              {dimension === 'application' ? <th scope="col" className="act-text">Team</th> : null}
              <th scope="col">Plan, USD</th>
              <th scope="col">Actual, USD</th>
              <th scope="col">Variance, USD</th>
              <th scope="col">Variance %</th>
              <th scope="col">Plan tokens</th>
              <th scope="col">Actual tokens</th>
              <th scope="col">Plan $/M tokens</th>
              <th scope="col">Actual $/M tokens <InfoTip label="actual cost per million tokens">Actual cost ÷ actual tokens × 1,000,000. Spend imported without token counts (an OpenCost export, most cloud bill lines) raises it above the cost of the tokens themselves.</InfoTip></th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id ?? l.team ?? l.name}>
                <th scope="row">{l.name ?? l.team ?? l.id}</th>
                {dimension === 'application' ? <td className="act-text">{l.team ?? '—'}</td> : null}
                <td>{formatMoneyCents(l.planCost)}</td>
                <td>{formatMoneyCents(l.actualCost)}</td>
                <td><Signed value={l.varianceCost} /></td>
                <td><Pct value={l.variancePct} /></td>
                <td>{formatTokens(l.planTokens ?? null, false)}</td>
                <td>{formatTokens(l.actualTokens ?? null, false)}</td>
                <td>{formatUnitPrice(perM(l.planCost, l.planTokens))}</td>
                <td>{formatUnitPrice(perM(l.actualCost, l.actualTokens))}</td>
              </tr>
            ))}
            <tr className="act-unmapped-row" data-row="unmapped">
              <th scope="row">Unmapped <InfoTip label="unmapped spend">Imported spend no mapping rule matches: in the actual totals, in no application, team or platform. Map it on the Actuals page.</InfoTip></th>
              {dimension === 'application' ? <td /> : null}
              <td>—</td>
              <td>{formatMoneyCents(variance.unmapped.cost)}</td>
              <td>—</td>
              <td>—</td>
              <td>—</td>
              <td>{formatTokens(variance.unmapped.tokens, false)}</td>
              <td>—</td>
              <td>{formatUnitPrice(perM(variance.unmapped.cost, variance.unmapped.tokens))}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function monthLabel(month: string | null): string {
  return month ? formatMonth(month) : 'not within the plan';
}
