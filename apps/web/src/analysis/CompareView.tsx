import { MAX_COMPARE } from '@tokenplan/model';
import { Fragment, useMemo, useState } from 'react';
import { ChartPanel, OverlayLineChart, scenarioColor } from '../charts';
import { moneyTick, unitPriceTick } from '../charts/axes';
import { formatMoney, formatSignedPercent, formatUnitPrice } from '../format';
import { compareKpis, costPerMPick, cumulativePick, delta, overlayRows, ratio, ratioPhrase, type CompareItem, type CompareKpiDef } from './compareModel';
import { CompareRatios, ScenarioHead } from './CompareRatios';
import { InfoTip } from './InfoTip';
import './analysis.css';

export interface CompareViewProps {
  /** 2–6 scenarios; the first is the baseline until the user picks another. */
  items: readonly CompareItem[];
}

/** Scenarios side by side: KPI table with deltas against a baseline, ratios, overlaid charts. */
export function CompareView({ items: allItems }: CompareViewProps) {
  const items = allItems.slice(0, MAX_COMPARE);
  const [baselineId, setBaselineId] = useState<string | undefined>(items[0]?.id);
  const baselineIndex = Math.max(0, items.findIndex((it) => it.id === baselineId));
  const baseline = items[baselineIndex];
  const others = items.map((it, index) => ({ it, index })).filter(({ index }) => index !== baselineIndex);
  const cumulative = useMemo(() => overlayRows(items, cumulativePick), [items]);
  const costPerM = useMemo(() => overlayRows(items, costPerMPick), [items]);
  const kpis = useMemo(() => (baseline ? compareKpis(items, baseline) : []), [items, baseline]);

  if (items.length < 2 || !baseline) {
    return (
      <div className="empty-state">
        <h2>Pick at least two scenarios</h2>
        <p>Comparison needs two to six scenarios.</p>
      </div>
    );
  }
  const series = items.map((it, i) => ({ key: `s${i}`, name: it.name, color: scenarioColor(i) }));
  const printParts = others.length > PRINT_PART ? chunk(others, PRINT_PART) : [];

  return (
    <div className="tp-analysis tp-compare">
      <div className="tp-toolbar">
        <div className="tp-toolbar__group">
          <label htmlFor="tp-compare-baseline">Baseline</label>
          <select id="tp-compare-baseline" value={baseline.id} onChange={(e) => setBaselineId(e.target.value)}>
            {items.map((it) => (
              <option key={it.id} value={it.id}>
                {it.name}
              </option>
            ))}
          </select>
        </div>
        <p className="tp-note">Δ is each scenario minus the baseline; green is better, red worse (lower is better for costs and payback).</p>
      </div>
      {others.length > 0 && <Headlines items={items} baselineIndex={baselineIndex} />}
      <div className={printParts.length > 0 ? 'tp-table-wrap tp-compare-kpis-screen' : 'tp-table-wrap'}>
        <KpiTable kpis={kpis} baseline={baseline} baselineIndex={baselineIndex} others={others} label="KPI comparison" />
      </div>
      {printParts.length > 0 && (
        // Print only: more than three scenarios do not fit across the paper (A4 portrait, 17 columns at six):
        // the table in parts of two scenarios beside the baseline, every column printed.
        <div className="tp-compare-kpis-print" aria-hidden="true">
          {printParts.map((part, p) => (
            <div className="tp-table-wrap" key={part.map(({ it }) => it.id).join(',')}>
              <KpiTable kpis={kpis} baseline={baseline} baselineIndex={baselineIndex} others={part} label={`KPI comparison, part ${p + 1} of ${printParts.length}`} print />
            </div>
          ))}
        </div>
      )}
      {others.length > 0 && <CompareRatios others={others} baseline={baseline} />}
      <div className="tp-chart-grid">
        <ChartPanel title="Cumulative cash flow" subtitle="USD, cumulative revenue − opex − capex by month; where a line crosses zero is its payback">
          <OverlayLineChart rows={cumulative} series={series} yLabel="USD" tick={moneyTick} format={(v) => formatMoney(v)} zeroLine />
        </ChartPanel>
        <ChartPanel title="Cost per million tokens" subtitle="All-in P&L cost ÷ tokens served, by month (USD per M tokens)">
          <OverlayLineChart rows={costPerM} series={series} yLabel="USD per M tokens" tick={unitPriceTick} format={(v) => `${formatUnitPrice(v)} / M`} />
        </ChartPanel>
      </div>
    </div>
  );
}

/** Other scenarios per printed part of the KPI table (with the KPI and the baseline: 8 columns). */
const PRINT_PART = 2;

function chunk<T>(list: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < list.length; i += size) parts.push(list.slice(i, i + size));
  return parts;
}

interface KpiTableProps {
  kpis: readonly CompareKpiDef[];
  baseline: CompareItem;
  baselineIndex: number;
  others: readonly { it: CompareItem; index: number }[];
  label: string;
  /** A printed part: no data attributes or definitions (the screen table has them). */
  print?: boolean;
}

/** The KPIs side by side: the baseline, then each other scenario's value, Δ and Δ %. */
function KpiTable({ kpis, baseline, baselineIndex, others, label, print = false }: KpiTableProps) {
  const b = baseline.projection.kpis;
  return (
    <table className="tp-table tp-compare-kpis" aria-label={label} data-others={others.length} data-print-part={print ? '' : undefined}>
      <thead>
        <tr>
          <th scope="col">KPI</th>
          <th scope="col">
            <ScenarioHead name={baseline.name} index={baselineIndex} baseline />
          </th>
          {others.map(({ it, index }) => (
            <Fragment key={it.id}>
              <th scope="col">
                <ScenarioHead name={it.name} index={index} />
              </th>
              <th scope="col">Δ</th>
              <th scope="col">Δ %</th>
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {kpis.map((kpi) => (
          <tr key={kpi.key} data-compare-kpi={print ? undefined : kpi.key}>
            <th scope="row">
              {print ? (
                kpi.label
              ) : (
                <span className="tp-scenario-head">
                  {kpi.label}
                  <InfoTip label={kpi.label}>{kpi.description}</InfoTip>
                </span>
              )}
            </th>
            <ValueCell kpi={kpi} item={baseline} print={print} />
            {others.map(({ it }) => {
              const v = kpi.get(it.projection.kpis) ?? null;
              const d = delta(v, kpi.get(b) ?? null, kpi.better, kpi.comparable);
              const cls = d.verdict === 'better' ? 'tp-delta tp-delta--better' : d.verdict === 'worse' ? 'tp-delta tp-delta--worse' : 'tp-delta';
              return (
                <Fragment key={it.id}>
                  <ValueCell kpi={kpi} item={it} print={print} />
                  <td className={cls} data-delta={d.absolute ?? ''}>
                    {d.absolute === null ? '—' : kpi.formatDelta(d.absolute)}
                  </td>
                  <td className={cls}>{formatSignedPercent(d.relative)}</td>
                </Fragment>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A KPI value; a missing one the model leaves undefined says why (IRR of several sign changes). */
function ValueCell({ kpi, item, print = false }: { kpi: CompareKpiDef; item: CompareItem; print?: boolean }) {
  const v = kpi.get(item.projection.kpis) ?? null;
  if (v !== null || !kpi.whyMissing) return <td>{kpi.format(v)}</td>;
  const why = kpi.whyMissing(item.projection);
  if (print) return <td>—</td>;
  return (
    <td data-why={why}>
      <span className="tp-scenario-head">
        —<InfoTip label={`${kpi.label} of ${item.name}`}>{why}</InfoTip>
      </span>
    </td>
  );
}

/** One sentence per other scenario: the board-deck comparison ("0.26× the cost per M tokens (74% lower)"). */
function Headlines({ items, baselineIndex }: { items: readonly CompareItem[]; baselineIndex: number }) {
  const baseline = items[baselineIndex];
  if (!baseline) return null;
  const b = baseline.projection.kpis;
  return (
    <ul className="tp-headlines">
      {items.map((it, i) => {
        if (i === baselineIndex) return null;
        const k = it.projection.kpis;
        const cost = ratio(k.costPerMTokens, b.costPerMTokens);
        const perMWh = ratio(k.tokensPerMWh, b.tokensPerMWh);
        const npv = delta(k.npv, b.npv);
        const parts: string[] = [];
        if (cost !== null && cost > 0) parts.push(ratioPhrase(cost, 'cost per M tokens'));
        if (perMWh !== null && perMWh > 0) parts.push(ratioPhrase(perMWh, 'tokens per MWh'));
        if (npv.absolute !== null) parts.push(`NPV ${Number(npv.absolute) >= 0 ? 'higher' : 'lower'} by ${formatMoney(npv.absolute.replace('-', ''))}`);
        return (
          <li key={it.id}>
            <span className="tp-swatch" style={{ background: scenarioColor(i) }} aria-hidden="true" /> <strong>{it.name}</strong> vs {baseline.name}:{' '}
            {parts.join(' · ')}
          </li>
        );
      })}
    </ul>
  );
}
