import { OUTPUT_LABELS as L } from '@tokenplan/model';
import { formatMoney, formatMonths, formatRate, formatUnitPrice, sumDecimals } from '../format';
import type { ProjectionView } from '../analysis/types';

interface KpiStripProps {
  projection: ProjectionView | null;
  /** The inputs being edited do not validate: the figures are from the last valid inputs. */
  stale: boolean;
  computing: boolean;
  horizonMonths: number;
  /** A cost-centre budget (revenueMode "costCentre", spec §8): no revenue, so the cost headlines lead. */
  costCentre?: boolean;
}


/** The headline figures, always visible above the tabs, recalculated live as inputs change. */
export function KpiStrip({ projection, stale, computing, horizonMonths, costCentre = false }: KpiStripProps) {
  const years = horizonMonths % 12 === 0 ? `${horizonMonths / 12}-year` : `${horizonMonths}-month`;
  if (!projection) {
    return (
      <div className="kpi-strip kpi-strip--loading" aria-busy="true">
        Calculating the projection…
      </div>
    );
  }
  const k = projection.kpis;
  const totalCost = sumDecimals([k.totalOpex, k.totalCapex]);
  const items: { key: string; label: string; value: string; tone?: string; note?: string }[] = costCentre
    ? [
        // No revenue: payback, IRR and revenue would read "Never", "—" and $0 (issue 22's honest demo).
        { key: 'pvCost', label: `${L.presentValueOfCost.label} (${years})`, value: formatMoney(k.presentValueOfCost ?? null) },
        { key: 'cost', label: `${L.totalCost.label} (${years})`, value: formatMoney(k.totalCost ?? totalCost) },
        { key: 'capex', label: L.totalCapex.label, value: formatMoney(k.totalCapex) },
        { key: 'cpm', label: L.costPerMTokens.label, value: formatUnitPrice(k.costPerMTokens) },
        { key: 'ecpm', label: L.economicCostPerMTokens.label, value: formatUnitPrice(k.economicCostPerMTokens ?? null) },
      ]
    : [
    { key: 'npv', label: `${L.npv.label} (${years})`, value: formatMoney(k.npv), tone: Number(k.npv) < 0 ? 'negative' : 'positive' },
    { key: 'payback', label: L.paybackMonths.label, value: k.paybackMonths === null ? 'Never' : formatMonths(k.paybackMonths) },
    {
      key: 'irr',
      label: `${L.irrAnnual.label} (${L.mirrAnnual.label})`,
      value: `${formatRate(k.irrAnnual)} (${formatRate(k.mirrAnnual)})`,
      // Why "—": said where the figure is, not only on the dashboard.
      ...(k.irrAnnual === null ? { note: 'No IRR: the cash flow never changes sign, or changes sign more than once; read NPV and MIRR' } : {}),
    },
    { key: 'cost', label: `Total cost (${years}, cash)`, value: formatMoney(totalCost) },
    { key: 'capex', label: L.totalCapex.label, value: formatMoney(k.totalCapex) },
    { key: 'cpm', label: L.costPerMTokens.label, value: formatUnitPrice(k.costPerMTokens) },
    { key: 'revenue', label: L.totalRevenue.label, value: formatMoney(k.totalRevenue) },
      ];
  return (
    <section className={`kpi-strip${stale ? ' kpi-strip--stale' : ''}`} aria-label="Key figures" aria-live="polite" aria-busy={computing}>
      <dl>
        {items.map((item) => (
          <div key={item.key} className="kpi-strip-item" data-kpi={item.key}>
            <dt title={item.label}>{item.label}</dt>
            {/* One line whatever the value: the title carries it when the cell is too narrow. */}
            <dd className={item.tone ? `tone-${item.tone}` : undefined} title={item.note ?? item.value}>
              {item.value}
              {item.note ? <span className="visually-hidden"> ({item.note})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="kpi-strip-status">
        {/* Short enough for its fixed column: the strip keeps one row when inputs turn invalid. */}
        {stale ? 'Last valid inputs: fix the highlighted fields' : computing ? 'Recalculating…' : 'Up to date'}
      </p>
    </section>
  );
}
