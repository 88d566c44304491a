/**
 * The ledger as a grid: lines down, periods across (months or fiscal years), a total column.
 * Values stay decimal strings; totals are exact decimal-string sums.
 */
import { fiscalYearOfMonth, OUTPUT_LABELS, UNITS, type MonthFlowLine } from '@tokenplan/model';
import { formatLedgerAmount, formatMonth, formatPercent, sumDecimals, toNumber } from '../format';
import { fiscalYearLabel, monthsPerFiscalYear } from './fiscalLabels';
import type { FiscalYearView, MonthView, ProjectionView } from './types';

export type LedgerPeriod = 'month' | 'fiscalYear';
type Unit = 'usd' | 'mtokens' | 'mwh' | 'nodes' | 'pct';
type Kind = 'line' | 'subtotal' | 'total';

export interface LedgerColumn {
  key: string;
  label: string;
}

export interface LedgerRow {
  key: string;
  label: string;
  unit: Unit;
  kind: Kind;
  section: string;
  /** Exact values per column (decimal strings, or null where the line has no value). */
  values: (string | null)[];
  /** Exact total over the horizon, or null where a sum means nothing (cumulative, utilisation). */
  total: string | null;
}

export const UNIT_LABEL: Record<Unit, string> = { usd: UNITS.usd, mtokens: `M ${UNITS.tokens}`, mwh: UNITS.mwh, nodes: UNITS.nodes, pct: UNITS.fraction };

type LineKey = MonthFlowLine | 'cumulativeCashFlow';

/** Whether a line belongs in this projection's ledger (§8 lines only where they carry something). */
type When = (projection: ProjectionView) => boolean;

const nonZero = (key: LineKey): When => (p) => p.months.some((m) => { const v = m[key]; return v !== undefined && v !== null && Number(v) !== 0; });
const taxed: When = (p) => p.kpis.afterTax != null;

/** The ledger's lines in P&L order; labels and units are the model's (OUTPUT_LABELS). */
const LINES: readonly { key: LineKey; kind?: Kind; section: string; when?: When }[] = [
  { key: 'revenue', kind: 'subtotal', section: 'Revenue' },
  ...(['energyCost', 'hosting', 'maintenance', 'rentalCost', 'apiCost', 'fixedOpex'] as const).map((key) => ({ key, section: 'Operating cost' })),
  { key: 'opex', kind: 'subtotal', section: 'Operating cost' },
  { key: 'capex', section: 'Investment and P&L' },
  { key: 'depreciation', section: 'Investment and P&L' },
  { key: 'pnlCost', kind: 'subtotal', section: 'Investment and P&L' },
  // §8: disposals and the terminal value are cash in, inside cash flow.
  { key: 'disposalProceeds', section: 'Cash', when: nonZero('disposalProceeds') },
  { key: 'terminalValue', section: 'Cash', when: nonZero('terminalValue') },
  { key: 'cashFlow', kind: 'total', section: 'Cash' },
  { key: 'cumulativeCashFlow', section: 'Cash' },
  { key: 'budget', section: 'Cash' },
  { key: 'taxDepreciation', section: 'Tax', when: taxed },
  { key: 'tax', section: 'Tax', when: taxed },
  { key: 'afterTaxCashFlow', kind: 'total', section: 'Tax', when: taxed },
  // Economic, not cash: what owning the capital costs a month (not in cash flow, not allocated).
  { key: 'capitalCharge', section: 'Economic cost', when: nonZero('capitalCharge') },
  ...(['demandTokens', 'servedTokens', 'unmetTokens', 'energyMWh'] as const).map((key) => ({ key, section: 'Volume' })),
];

/** Tokens read in millions in the ledger; the other lines in the model's unit. */
const ledgerUnit = (key: LineKey): Unit => {
  const unit = OUTPUT_LABELS[key].unit;
  return unit === 'tokens' ? 'mtokens' : unit === 'mwh' ? 'mwh' : 'usd';
};


/** Period columns; a partial fiscal year says so ("FY2027 (7 months)"). */
export function ledgerColumns(projection: ProjectionView, period: LedgerPeriod, fiscalYearStartMonth = 1): LedgerColumn[] {
  if (period === 'month') return projection.months.map((m) => ({ key: m.month, label: formatMonth(m.month) }));
  const counts = monthsPerFiscalYear(projection.months.map((m) => m.month), fiscalYearStartMonth);
  return projection.fiscalYears.map((fy) => ({ key: String(fy.fiscalYear), label: fiscalYearLabel(fy.fiscalYear, counts.get(fy.fiscalYear)) }));
}

/** §9 seat revenue (part of revenue): Σ applications' seat revenue per period, or null without seats. */
function seatRevenueRow(projection: ProjectionView, period: LedgerPeriod, fiscalYearStartMonth: number): LedgerRow | null {
  const perMonth = projection.months.map((m) => sumDecimals(m.applications.map((a) => a.seatRevenue ?? '0')));
  if (perMonth.every((v) => Number(v) === 0)) return null;
  const values =
    period === 'month'
      ? perMonth
      : projection.fiscalYears.map((fy) =>
          sumDecimals(perMonth.filter((_, i) => fiscalYearOfMonth(projection.months[i]?.month ?? '', fiscalYearStartMonth) === fy.fiscalYear)),
        );
  return { key: 'seatRevenue', label: `of which ${OUTPUT_LABELS.seatRevenue.label.toLowerCase()}`, unit: 'usd', kind: 'line', section: 'Revenue', values, total: sumDecimals(perMonth) };
}

export function ledgerRows(
  projection: ProjectionView,
  period: LedgerPeriod,
  platformNames: ReadonlyMap<string, string> = new Map(),
  fiscalYearStartMonth = 1,
): LedgerRow[] {
  const periods: readonly (MonthView | FiscalYearView)[] = period === 'month' ? projection.months : projection.fiscalYears;
  const last = projection.months[projection.months.length - 1];
  const rows: LedgerRow[] = LINES.filter((line) => line.when?.(projection) ?? true).map((line) => {
    // A line a projection made before §8 lacks reads as empty, not as an error.
    const values = periods.map((p) => p[line.key] ?? null);
    const total = line.key === 'cumulativeCashFlow' ? (last?.cumulativeCashFlow ?? null) : sumDecimals(values.filter((v): v is string => v !== null));
    return { key: line.key, label: OUTPUT_LABELS[line.key].label, unit: ledgerUnit(line.key), kind: line.kind ?? 'line', section: line.section, values, total };
  });
  const seats = seatRevenueRow(projection, period, fiscalYearStartMonth);
  if (seats) rows.splice(1, 0, seats);
  if (period === 'month') {
    const ids: string[] = [];
    for (const m of projection.months) for (const p of m.platforms) if (!ids.includes(p.id)) ids.push(p.id);
    for (const id of ids) {
      const name = platformNames.get(id) ?? id;
      const at = (m: MonthView) => m.platforms.find((p) => p.id === id);
      rows.push({
        key: `nodes:${id}`, label: `${name} — ${OUTPUT_LABELS.nodes.label.toLowerCase()}`, unit: 'nodes', kind: 'line', section: 'Fleet',
        values: projection.months.map((m) => { const p = at(m); return p ? String(p.nodes) : null; }),
        total: null,
      });
      rows.push({
        key: `util:${id}`, label: `${name} — ${OUTPUT_LABELS.utilization.label.toLowerCase()}`, unit: 'pct', kind: 'line', section: 'Fleet',
        values: projection.months.map((m) => at(m)?.utilization ?? null),
        total: null,
      });
    }
  }
  return rows;
}

/** Ledger cell text: USD whole dollars (negatives in parentheses), tokens in millions, MWh whole. */
export function formatLedgerCell(value: string | null, unit: Unit): string {
  if (value === null) return '';
  switch (unit) {
    case 'usd':
      return formatLedgerAmount(value);
    case 'mtokens': {
      const n = toNumber(value);
      return n === null ? '—' : formatLedgerAmount(n / 1e6);
    }
    case 'mwh':
      return formatLedgerAmount(value, 1);
    case 'nodes':
      return formatLedgerAmount(value);
    case 'pct':
      return formatPercent(value);
  }
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The ledger as CSV with exact decimal strings (for Excel and reconciliation). */
export function ledgerCsv(columns: readonly LedgerColumn[], rows: readonly LedgerRow[]): string {
  const head = ['Line', 'Unit', ...columns.map((c) => c.key), 'Total'];
  const unitOf = (r: LedgerRow) => (r.unit === 'mtokens' ? 'tokens' : r.unit === 'pct' ? 'ratio' : UNIT_LABEL[r.unit]);
  const lines = rows.map((r) => [r.label, unitOf(r), ...r.values.map((v) => v ?? ''), r.total ?? '']);
  return [head, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}
