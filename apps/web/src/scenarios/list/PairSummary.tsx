import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ProjectionView } from '../../analysis/types';
import { formatMoney, formatMonth, formatMonths, formatUnitPrice, subtractDecimals, sumDecimals } from '../../format';
import { getProjection, type ScenarioSummary } from '../api';

interface Side {
  scenario: ScenarioSummary;
  projection: ProjectionView;
}

/** First month the cumulative cash of `a` minus that of `b` turns (and stays from then) non-negative, after being negative. */
export function incrementalPayback(a: ProjectionView, b: ProjectionView): number | null {
  let wasNegative = false;
  const n = Math.min(a.months.length, b.months.length);
  for (let t = 0; t < n; t++) {
    const d = Number(a.months[t]?.cumulativeCashFlow) - Number(b.months[t]?.cumulativeCashFlow);
    if (d < 0) wasNegative = true;
    else if (wasNegative) return t;
  }
  return wasNegative ? null : 0;
}

function paybackText(months: string | null): string {
  if (months === null) return 'not within the horizon';
  return Number(months) === 0 ? 'immediately (cash-positive from the first month)' : `in ${formatMonths(months)}`;
}

function paybackSentence(a: string | null, b: string | null, otherName: string) {
  // A cost-centre pair (or two fleets that never pay back) has no payback to compare: say nothing.
  if (a === null && b === null) return null;
  return (
    <>
      It pays back <strong>{paybackText(a)}</strong> ({otherName}: {paybackText(b)}).
    </>
  );
}

/** a − b, exact; "—" when either is missing (a payback never reached has no difference). */
function difference(a: string | null, b: string | null, format: (v: string) => string): string {
  return a === null || b === null ? '—' : format(subtractDecimals(a, b));
}

function totalCost(p: ProjectionView): string {
  return sumDecimals([p.kpis.totalOpex, p.kpis.totalCapex]);
}

/**
 * The demo question answered in one card: what the newer platform saves over the older one over the
 * horizon, and when it pays back. Shown for a "Blackwell" and a "Hopper" scenario side by side.
 */
export function PairSummary({ newer, older }: { newer: ScenarioSummary; older: ScenarioSummary }) {
  const [sides, setSides] = useState<[Side, Side] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let alive = true;
    setError(null);
    Promise.all([getProjection(newer.id), getProjection(older.id)]).then(
      ([a, b]) => {
        if (alive && a && b) setSides([{ scenario: newer, projection: a as ProjectionView }, { scenario: older, projection: b as ProjectionView }]);
      },
      () => alive && setError('Could not calculate the comparison.'),
    );
    return () => {
      alive = false;
    };
  }, [newer, older, attempt]);

  if (error) {
    return (
      <div className="pair-summary panel" role="alert">
        {error}{' '}
        <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>Retry</button>
      </div>
    );
  }
  if (!sides) return <div className="pair-summary panel placeholder" aria-busy="true">Comparing {newer.name} with {older.name}…</div>;

  const [a, b] = sides;
  const months = a.projection.months;
  const first = months[0]?.month;
  const last = months[months.length - 1]?.month;
  const years = months.length % 12 === 0 ? `${months.length / 12} years` : `${months.length} months`;
  const saving = subtractDecimals(totalCost(b.projection), totalCost(a.projection));
  const npvGain = subtractDecimals(a.projection.kpis.npv, b.projection.kpis.npv);
  const savesMoney = Number(saving) >= 0;
  const breakEven = incrementalPayback(a.projection, b.projection);
  const short = (s: ScenarioSummary) => s.name.split(/\s+[—–-]\s+/)[0] ?? s.name;

  return (
    <section className="pair-summary panel" aria-labelledby="pair-title">
      <h2 id="pair-title">
        {short(a.scenario)} vs {short(b.scenario)}: the answer
      </h2>
      <p className="pair-headline">
        Over {years} ({formatMonth(first)} – {formatMonth(last)}), <strong>{short(a.scenario)}</strong>{' '}
        {savesMoney ? 'saves' : 'costs'} <strong className={savesMoney ? 'tone-positive' : 'tone-negative'}>{formatMoney(savesMoney ? saving : saving.replace(/^-/, ''))}</strong>{' '}
        {savesMoney ? 'over' : 'more than'} {short(b.scenario)} to serve the same token demand (capex + opex, cash), and its NPV is{' '}
        <strong>{formatMoney(npvGain)}</strong> {Number(npvGain) >= 0 ? 'higher' : 'lower'}.{' '}
        {paybackSentence(a.projection.kpis.paybackMonths, b.projection.kpis.paybackMonths, short(b.scenario))}
        {breakEven !== null && breakEven > 0 ? <> Its cumulative cash overtakes {short(b.scenario)}’s in <strong>{formatMonth(months[breakEven]?.month)}</strong>.</> : null}
        {breakEven === 0 ? <> It is ahead of {short(b.scenario)} on cumulative cash from the first month.</> : null}
      </p>
      <table className="pair-table">
        <caption className="visually-hidden">Key figures side by side</caption>
        <thead>
          <tr>
            <th scope="col">Over the horizon</th>
            <th scope="col">{short(a.scenario)}</th>
            <th scope="col">{short(b.scenario)}</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {[
            { label: 'Total cost (capex + opex)', a: totalCost(a.projection), b: totalCost(b.projection), f: formatMoney },
            { label: 'Capex', a: a.projection.kpis.totalCapex, b: b.projection.kpis.totalCapex, f: formatMoney },
            { label: 'NPV', a: a.projection.kpis.npv, b: b.projection.kpis.npv, f: formatMoney },
          ].map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.f(row.a)}</td>
              <td>{row.f(row.b)}</td>
              <td>{row.f(subtractDecimals(row.a, row.b))}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Payback</th>
            <td>{a.projection.kpis.paybackMonths === null ? 'Never' : formatMonths(a.projection.kpis.paybackMonths)}</td>
            <td>{b.projection.kpis.paybackMonths === null ? 'Never' : formatMonths(b.projection.kpis.paybackMonths)}</td>
            <td data-difference="payback">{difference(a.projection.kpis.paybackMonths, b.projection.kpis.paybackMonths, formatMonths)}</td>
          </tr>
          <tr>
            <th scope="row">Cost per M tokens</th>
            <td>{formatUnitPrice(a.projection.kpis.costPerMTokens)}</td>
            <td>{formatUnitPrice(b.projection.kpis.costPerMTokens)}</td>
            <td data-difference="costPerMTokens">{difference(a.projection.kpis.costPerMTokens, b.projection.kpis.costPerMTokens, formatUnitPrice)}</td>
          </tr>
        </tbody>
      </table>
      <p className="button-row">
        <Link className="button" to={`/scenarios/${a.scenario.id}`}>Open {short(a.scenario)}</Link>
        <Link className="button" to={`/scenarios/${b.scenario.id}`}>Open {short(b.scenario)}</Link>
        <Link className="button" to={`/compare?ids=${a.scenario.id},${b.scenario.id}`}>Compare in detail</Link>
      </p>
    </section>
  );
}
