/**
 * The ledger as a grid: lines down, periods across (months or fiscal years), a total column.
 * Values stay decimal strings; totals are exact decimal-string sums.
 */
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

export const UNIT_LABEL: Record<Unit, string> = { usd: 'USD', mtokens: 'M tokens', mwh: 'MWh', nodes: 'nodes', pct: '%' };

type FlowKey =
  | 'revenue' | 'energyCost' | 'hosting' | 'maintenance' | 'rentalCost' | 'apiCost' | 'fixedOpex' | 'opex'
  | 'capex' | 'depreciation' | 'pnlCost' | 'cashFlow' | 'budget' | 'demandTokens' | 'servedTokens' | 'unmetTokens' | 'energyMWh';

interface LineDef {
  key: FlowKey | 'cumulativeCashFlow';
  label: string;
  unit: Unit;
  kind?: Kind;
  section: string;
}

const LINES: readonly LineDef[] = [
  { key: 'revenue', label: 'Revenue', unit: 'usd', kind: 'subtotal', section: 'Revenue' },
  { key: 'energyCost', label: 'Energy', unit: 'usd', section: 'Operating cost' },
  { key: 'hosting', label: 'Hosting', unit: 'usd', section: 'Operating cost' },
  { key: 'maintenance', label: 'Maintenance', unit: 'usd', section: 'Operating cost' },
  { key: 'rentalCost', label: 'GPU rental', unit: 'usd', section: 'Operating cost' },
  { key: 'apiCost', label: 'API tokens', unit: 'usd', section: 'Operating cost' },
  { key: 'fixedOpex', label: 'Fixed opex', unit: 'usd', section: 'Operating cost' },
  { key: 'opex', label: 'Total opex', unit: 'usd', kind: 'subtotal', section: 'Operating cost' },
  { key: 'capex', label: 'Capex', unit: 'usd', section: 'Investment and P&L' },
  { key: 'depreciation', label: 'Depreciation', unit: 'usd', section: 'Investment and P&L' },
  { key: 'pnlCost', label: 'P&L cost (opex + depreciation)', unit: 'usd', kind: 'subtotal', section: 'Investment and P&L' },
  { key: 'cashFlow', label: 'Cash flow', unit: 'usd', kind: 'total', section: 'Cash' },
  { key: 'cumulativeCashFlow', label: 'Cumulative cash flow', unit: 'usd', section: 'Cash' },
  { key: 'budget', label: 'Budget incl. contingency', unit: 'usd', section: 'Cash' },
  { key: 'demandTokens', label: 'Tokens demanded', unit: 'mtokens', section: 'Volume' },
  { key: 'servedTokens', label: 'Tokens served', unit: 'mtokens', section: 'Volume' },
  { key: 'unmetTokens', label: 'Tokens unmet', unit: 'mtokens', section: 'Volume' },
  { key: 'energyMWh', label: 'Energy', unit: 'mwh', section: 'Volume' },
];

function lineValue(row: MonthView | FiscalYearView, key: LineDef['key']): string | null {
  const value = (row as Partial<Record<LineDef['key'], string>>)[key];
  return value ?? null;
}

export function ledgerColumns(projection: ProjectionView, period: LedgerPeriod): LedgerColumn[] {
  return period === 'month'
    ? projection.months.map((m) => ({ key: m.month, label: formatMonth(m.month) }))
    : projection.fiscalYears.map((fy) => ({ key: String(fy.fiscalYear), label: formatFiscalYear(fy.fiscalYear) }));
}

export function ledgerRows(projection: ProjectionView, period: LedgerPeriod, platformNames: ReadonlyMap<string, string> = new Map()): LedgerRow[] {
  const periods: readonly (MonthView | FiscalYearView)[] = period === 'month' ? projection.months : projection.fiscalYears;
  const last = projection.months[projection.months.length - 1];
  const rows: LedgerRow[] = LINES.map((line) => {
    const values = periods.map((p) => lineValue(p, line.key));
    const total =
      line.key === 'cumulativeCashFlow'
        ? (last?.cumulativeCashFlow ?? null)
        : values.every((v) => v !== null)
          ? sumDecimals(values as string[])
          : null;
    return { key: line.key, label: line.label, unit: line.unit, kind: line.kind ?? 'line', section: line.section, values, total };
  });
  if (period === 'month') {
    const ids: string[] = [];
    for (const m of projection.months) for (const p of m.platforms) if (!ids.includes(p.id)) ids.push(p.id);
    for (const id of ids) {
      const name = platformNames.get(id) ?? id;
      const at = (m: MonthView) => m.platforms.find((p) => p.id === id);
      rows.push({
        key: `nodes:${id}`, label: `${name} — nodes`, unit: 'nodes', kind: 'line', section: 'Fleet',
        values: projection.months.map((m) => { const p = at(m); return p ? String(p.nodes) : null; }),
        total: null,
      });
      rows.push({
        key: `util:${id}`, label: `${name} — utilisation`, unit: 'pct', kind: 'line', section: 'Fleet',
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
