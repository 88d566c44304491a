import { fiscalYearsOf, showback, type ShowbackDimension, type ShowbackIdle, type ShowbackPeriod } from '@tokenplan/model';
import { useMemo, useState } from 'react';
import { categoryColor, SERIES } from '../charts/palette';
import { formatCents, formatMoneyCents, formatPercent, formatTokens, formatUnitPrice, sumDecimals, toNumber } from '../format';
import { fiscalYearLabel, monthsPerFiscalYear } from './fiscalLabels';
import { InfoTip } from './InfoTip';
import { Segmented } from './Segmented';
import type { ProjectionView, ScenarioView } from './types';
import './analysis.css';

export interface AllocationViewProps {
  projection: ProjectionView;
  scenario: ScenarioView;
}

const DIMENSIONS: { value: ShowbackDimension; label: string }[] = [
  { value: 'team', label: 'Team' },
  { value: 'application', label: 'Application' },
  { value: 'model', label: 'Model' },
  { value: 'platform', label: 'Platform' },
];

const IDLE_HELP =
  'Idle capacity is the share (1 − utilisation) of each platform’s self-hosted cost that served no tokens. “Separate” keeps it on its own line (showback: the platform owner sees it); “Spread” charges it to the applications on that platform in proportion to their allocated cost that month (chargeback: costs fully absorbed). Totals are the same either way; nothing is re-projected. An API option with a commitment has its own idle line, the unused monthly minimum, spread the same way over the applications that used the option that month.';

/** Cost attribution (showback / chargeback) with cents that add up to the total. */
export function AllocationView({ projection, scenario }: AllocationViewProps) {
  const [dimension, setDimension] = useState<ShowbackDimension>('team');
  const [idle, setIdle] = useState<ShowbackIdle>(scenario.idlePolicy === 'spread' ? 'spread' : 'separate');
  const [period, setPeriod] = useState<ShowbackPeriod>('horizon');

  const years = useMemo(() => fiscalYearsOf(projection, scenario.fiscalYearStartMonth), [projection, scenario.fiscalYearStartMonth]);
  const yearMonths = useMemo(() => monthsPerFiscalYear(projection.months.map((m) => m.month), scenario.fiscalYearStartMonth), [projection, scenario.fiscalYearStartMonth]);
  const result = useMemo(() => showback(projection, scenario, { dimension, idle, period }), [projection, scenario, dimension, idle, period]);
  const max = result.lines.reduce((m, l) => Math.max(m, toNumber(l.amount) ?? 0), 0);
  const totalTokens = sumDecimals(result.lines.map((l) => l.servedTokens ?? '0'));
  const totalRevenue = sumDecimals(result.lines.map((l) => l.revenue ?? '0'));
  const dimensionLabel = DIMENSIONS.find((d) => d.value === dimension)?.label ?? dimension;
  const alreadySpread = scenario.idlePolicy === 'spread';

  return (
    <div className="tp-analysis tp-allocation">
      <div className="tp-toolbar">
        <div className="tp-toolbar__group">
          <span>By</span>
          <Segmented label="Allocate by" value={dimension} options={DIMENSIONS} onChange={setDimension} />
        </div>
        <div className="tp-toolbar__group">
          <label htmlFor="tp-alloc-period">Period</label>
          <select
            id="tp-alloc-period"
            value={String(period)}
            onChange={(e) => setPeriod(e.target.value === 'horizon' ? 'horizon' : Number(e.target.value))}
          >
            <option value="horizon">Whole horizon</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y, yearMonths.get(y))}
              </option>
            ))}
          </select>
        </div>
        <div className="tp-toolbar__group">
          <span>Idle capacity</span>
          <Segmented
            label="Idle capacity"
            value={idle}
            options={[
              { value: 'separate', label: 'Separate line' },
              { value: 'spread', label: 'Spread to apps' },
            ]}
            onChange={setIdle}
          />
          <InfoTip label="idle capacity">{IDLE_HELP}</InfoTip>
        </div>
      </div>
      {alreadySpread && (
        <p className="tp-note">This scenario’s idle policy is “spread”: the projection already charged idle capacity and used API commitments to the applications.</p>
      )}
      <div className="tp-table-wrap">
        <table className="tp-table" aria-label={`Allocated cost by ${dimensionLabel.toLowerCase()}`}>
          <thead>
            <tr>
              <th scope="col">{dimensionLabel}</th>
              <th scope="col">Allocated cost (USD)</th>
              <th scope="col">Share</th>
              <th scope="col">Tokens served</th>
              <th scope="col">Cost per M tokens</th>
              <th scope="col">Revenue</th>
              <th scope="col">Margin</th>
            </tr>
          </thead>
          <tbody>
            {result.lines.map((line, i) => {
              const amount = toNumber(line.amount) ?? 0;
              const tokens = toNumber(line.servedTokens);
              const revenue = toNumber(line.revenue);
              return (
                <tr key={line.key} className={line.idle ? 'tp-idle-row' : undefined} data-line={line.key}>
                  <th scope="row">
                    <span className="tp-scenario-head">
                      <span className="tp-swatch" style={{ background: line.idle ? SERIES.idle : categoryColor(i) }} aria-hidden="true" />
                      {line.label}
                    </span>
                  </th>
                  <td>
                    <div className="tp-bar-cell">
                      <span
                        className="tp-bar"
                        aria-hidden="true"
                        style={{ width: `${max > 0 ? Math.max(1, (amount / max) * 120) : 0}px`, background: line.idle ? SERIES.idle : categoryColor(i) }}
                      />
                      <span data-cents={line.cents.toString()}>{formatCents(line.cents)}</span>
                    </div>
                  </td>
                  <td>{formatPercent(Number(result.total) !== 0 ? amount / Number(result.total) : null)}</td>
                  <td>{line.servedTokens === null ? '' : formatTokens(line.servedTokens, false)}</td>
                  <td>{tokens ? formatUnitPrice((amount / tokens) * 1e6) : line.idle ? '' : '—'}</td>
                  {/* To the cent like the allocated cost beside it (one format per table). */}
                  <td>{line.revenue === null ? '' : formatMoneyCents(line.revenue)}</td>
                  <td>{revenue ? formatPercent((revenue - amount) / revenue) : line.idle ? '' : '—'}</td>
                </tr>
              );
            })}
            <tr className="tp-row--total">
              <th scope="row">Total</th>
              <td data-total-cents={result.totalCents.toString()}>{formatCents(result.totalCents)}</td>
              <td>{formatPercent(1)}</td>
              <td>{formatTokens(totalTokens, false)}</td>
              <td>{formatUnitPrice(Number(totalTokens) > 0 ? (Number(result.total) / Number(totalTokens)) * 1e6 : null)}</td>
              <td>{formatMoneyCents(totalRevenue)}</td>
              <td>{formatPercent(Number(totalRevenue) !== 0 ? (Number(totalRevenue) - Number(result.total)) / Number(totalRevenue) : null)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="tp-note">
        Amounts in dollars and cents. Allocated cost is the platforms’ self-hosted cost (energy, hosting, maintenance, depreciation, rental) by served GPU-hours, plus API cost;
        fixed opex is not allocated. Cents are rounded by largest remainder, so the lines add up to the total to the cent.
        {idle === 'spread' && Number(result.unspreadable) !== 0
          ? ` ${formatMoneyCents(result.unspreadable)} of idle cost fell in months when a platform served nothing and stays on its idle line.`
          : ''}
      </p>
    </div>
  );
}
