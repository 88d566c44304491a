/**
 * The ledger as a grid: lines down, periods across (months or fiscal years), a total column.
 * Values stay decimal strings; totals are exact decimal-string sums.
 */
import { OUTPUT_LABELS, UNITS, type MonthFlowLine } from '@tokenplan/model';
import { formatFiscalYear, formatLedgerAmount, formatMonth, formatPercent, sumDecimals, toNumber } from '../format';
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

/** The ledger's lines in P&L order; labels and units are the model's (OUTPUT_LABELS). */
const LINES: readonly { key: LineKey; kind?: Kind; section: string }[] = [
  { key: 'revenue', kind: 'subtotal', section: 'Revenue' },
  ...(['energyCost', 'hosting', 'maintenance', 'rentalCost', 'apiCost', 'fixedOpex'] as const).map((key) => ({ key, section: 'Operating cost' })),
  { key: 'opex', kind: 'subtotal', section: 'Operating cost' },
  { key: 'capex', section: 'Investment and P&L' },
  { key: 'depreciation', section: 'Investment and P&L' },
  { key: 'pnlCost', kind: 'subtotal', section: 'Investment and P&L' },
  { key: 'cashFlow', kind: 'total', section: 'Cash' },
  { key: 'cumulativeCashFlow', section: 'Cash' },
  { key: 'budget', section: 'Cash' },
  ...(['demandTokens', 'servedTokens', 'unmetTokens', 'energyMWh'] as const).map((key) => ({ key, section: 'Volume' })),
];

/** Tokens read in millions in the ledger; the other lines in the model's unit. */
const ledgerUnit = (key: LineKey): Unit => {
  const unit = OUTPUT_LABELS[key].unit;
  return unit === 'tokens' ? 'mtokens' : unit === 'mwh' ? 'mwh' : 'usd';
};


export function ledgerColumns(projection: ProjectionView, period: LedgerPeriod): LedgerColumn[] {
  return period === 'month'
    ? projection.months.map((m) => ({ key: m.month, label: formatMonth(m.month) }))
    : projection.fiscalYears.map((fy) => ({ key: String(fy.fiscalYear), label: formatFiscalYear(fy.fiscalYear) }));
}

export function ledgerRows(projection: ProjectionView, period: LedgerPeriod, platformNames: ReadonlyMap<string, string> = new Map()): LedgerRow[] {
  const periods: readonly (MonthView | FiscalYearView)[] = period === 'month' ? projection.months : projection.fiscalYears;
  const last = projection.months[projection.months.length - 1];
  const rows: LedgerRow[] = LINES.map((line) => {
    const values = periods.map((p) => p[line.key]);
    const total = line.key === 'cumulativeCashFlow' ? (last?.cumulativeCashFlow ?? null) : sumDecimals(values);
    return { key: line.key, label: OUTPUT_LABELS[line.key].label, unit: ledgerUnit(line.key), kind: line.kind ?? 'line', section: line.section, values, total };
  });
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
