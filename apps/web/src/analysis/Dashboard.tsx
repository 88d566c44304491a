import { ENERGY_BASIS_NOTE } from './energyNote';
import { useMemo, useState } from 'react';
import {
  CashFlowChart,
  ChartPanel,
  CostPerMTokensChart,
  CostStackChart,
  DemandChart,
  EnergyChart,
  FleetChart,
} from '../charts';
import {
  apiApplicationIds,
  cashFlowPartsRows,
  costPerMTokensRows,
  costStackFiscal,
  costStackMonthly,
  demandRows,
  energyRows,
  fleetActivity,
  hasAfterTax,
  migrationMarkers,
  paybackMonthIndex,
  platformList,
} from '@tokenplan/model';
import { formatMoney, formatMonth, formatMonths, formatTokens, formatUnitPrice } from '../format';
import { kpiCards } from './kpiCards';
import { KpiCard } from './KpiCard';
import { markerSummary, timelineMarkers } from './markers';
import { PlatformCostTable } from './PlatformCostTable';
import { ReferenceCheck } from './ReferenceCheck';
import { Segmented } from './Segmented';
import type { ProjectionView, ScenarioView } from './types';
import { Warnings } from './Warnings';
import './analysis.css';

export interface DashboardProps {
  projection: ProjectionView;
  /** The scenario projected: platform names and which applications buy from an API. */
  scenario?: ScenarioView;
  /** Opens the editor at a warning's field (the scenario page); without it the field is named only. */
  onOpenField?: ((path: string) => void) | undefined;
}

/** KPI cards, warnings and the six board charts of one projection. */
export function Dashboard({ projection, scenario, onOpenField }: DashboardProps) {
  const [stackPeriod, setStackPeriod] = useState<'month' | 'fiscalYear'>('fiscalYear');
  const platforms = useMemo(() => platformList(projection, scenario), [projection, scenario]);
  const costRows = useMemo(() => costPerMTokensRows(projection, scenario), [projection, scenario]);
  const cashRows = useMemo(() => cashFlowPartsRows(projection), [projection]);
  const fleet = useMemo(() => fleetActivity(projection), [projection]);
  const migrations = useMemo(() => migrationMarkers(projection, scenario), [projection, scenario]);
  const demand = useMemo(() => demandRows(projection), [projection]);
  const energy = useMemo(() => energyRows(projection), [projection]);
  const stackRows = useMemo(
    () => (stackPeriod === 'month' ? costStackMonthly(projection) : costStackFiscal(projection)),
    [projection, stackPeriod],
  );
  const k = projection.kpis;
  const first = projection.months[0];
  const last = projection.months[projection.months.length - 1];
  const hasApi = apiApplicationIds(scenario).size > 0;
  const rented = (scenario?.platforms ?? []).some((p) => p.acquisition?.type === 'rent');
  const paybackIndex = paybackMonthIndex(k.paybackMonths);
  const costCentre = scenario?.revenueMode === 'costCentre';
  const taxOn = hasAfterTax(projection);
  const closing = last?.cumulativeCashFlow;
  const closingAfterTax = taxOn ? cashRows[cashRows.length - 1]?.afterTaxCumulative : null;
  const terminal = last?.terminalValue && Number(last.terminalValue) !== 0 ? last.terminalValue : null;
  const costSummary = platforms
    .map((p) => {
      const start = costRows.find((r) => r[`p:${p.id}`] != null)?.[`p:${p.id}`];
      const end = [...costRows].reverse().find((r) => r[`p:${p.id}`] != null)?.[`p:${p.id}`];
      return start != null && end != null ? `${p.name}: ${formatUnitPrice(start)} → ${formatUnitPrice(end)} per M tokens` : null;
    })
    .filter(Boolean)
    .join('; ');

  return (
    <div className="tp-analysis tp-dashboard">
      <Warnings warnings={projection.warnings} scenario={scenario} onOpenField={onOpenField} />
      <ReferenceCheck projection={projection} scenario={scenario} />
      <p className="tp-period">
        {projection.scenarioName} · {formatMonth(first?.month)} – {formatMonth(last?.month)} ({projection.months.length} months) · USD
      </p>
      <section className="tp-kpis" aria-label="Key figures">
        {kpiCards(k, projection.warnings.map((w) => w.code), costCentre ? 'costCentre' : 'revenue').map((spec) => (
          <KpiCard key={spec.key} spec={spec} />
        ))}
      </section>
      <PlatformCostTable projection={projection} scenario={scenario} />
      <div className="tp-chart-grid">
        <ChartPanel
          title="Cost per million tokens"
          subtitle="Self-hosted cost ÷ tokens served, per platform and month; dashed: all-in P&L cost"
          summary={costSummary || `All-in cost per million tokens over the horizon: ${formatUnitPrice(k.costPerMTokens)}.`}
        >
          <CostPerMTokensChart rows={costRows} platforms={platforms} showApi={hasApi} />
        </ChartPanel>
        <ChartPanel
          title={costCentre ? 'Cash flow' : 'Cash flow and payback'}
          subtitle={`Monthly cash flow (revenue − opex − capex${terminal ? '; disposals and terminal value apart' : ''}) and cumulative${taxOn ? ', pre-tax and after tax' : ''}`}
          summary={[
            costCentre
              ? `Cost centre: cumulative cash flow ends at ${formatMoney(closing)} (present value of cost ${formatMoney(k.presentValueOfCost)}).`
              : k.paybackMonths === null
                ? `No payback within the horizon; cumulative cash flow ends at ${formatMoney(closing)}.`
                : `Payback after ${formatMonths(k.paybackMonths)}; cumulative cash flow ends at ${formatMoney(closing)}.`,
            terminal ? `Terminal value ${formatMoney(terminal)} in ${formatMonth(last?.month)}.` : '',
            closingAfterTax != null ? `After tax it ends at ${formatMoney(closingAfterTax)}.` : '',
          ].filter(Boolean).join(' ')}
        >
          <CashFlowChart rows={cashRows} paybackIndex={paybackIndex} paybackMonths={k.paybackMonths} />
        </ChartPanel>
        <ChartPanel
          title="Cost stack"
          subtitle={`P&L cost by line (depreciation, not capex), ${stackPeriod === 'month' ? 'monthly' : 'per fiscal year'}`}
          actions={
            <Segmented
              label="Cost stack period"
              value={stackPeriod}
              options={[
                { value: 'fiscalYear', label: 'Fiscal years' },
                { value: 'month', label: 'Months' },
              ]}
              onChange={setStackPeriod}
            />
          }
        >
          <CostStackChart rows={stackRows} period={stackPeriod} />
        </ChartPanel>
        <ChartPanel
          title="Fleet and utilisation"
          subtitle={`Nodes in service (left${[...fleet.present.values()].some((p) => p.ordered || p.retired) ? '; bars: ordered up, retired down' : ''}) and busy share of GPU-hours (right, dashed)`}
          {...(migrations.length > 0 ? { summary: markerSummary(migrations) } : {})}
        >
          <FleetChart rows={fleet.rows} platforms={platforms} present={fleet.present} markers={timelineMarkers(migrations)} />
        </ChartPanel>
        <ChartPanel
          title="Token demand vs served"
          subtitle="Tokens per month, input + output; unmet demand hatched"
          summary={`${formatTokens(k.totalTokens)} served over the horizon${Number(k.unmetTokens) > 0 ? `, ${formatTokens(k.unmetTokens)} unmet` : ''}.`}
        >
          <DemandChart rows={demand} />
        </ChartPanel>
        <ChartPanel
          title="Energy"
          subtitle="Facility energy incl. PUE (MWh, bars) and its cost (USD, line)"
          {...(rented ? { summary: ENERGY_BASIS_NOTE } : {})}
        >
          <EnergyChart rows={energy} />
        </ChartPanel>
      </div>
    </div>
  );
}
