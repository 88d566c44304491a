// What every export shows, defined once: the ledger lines with their units, the Scenario's
// assumptions flattened to one row per field (spec §2), the KPI list, and file naming.
// The XLSX, CSV and PDF builders read these tables, so a column means the same thing everywhere
// (docs/exports.md documents them).
import type { Kpis, MonthFlowLine, Projection, Scenario } from './model';

/** How a value is shown: drives number formats in the workbook and the PDF. */
export type ValueKind = 'money' | 'unitPrice' | 'tokens' | 'mwh' | 'hours' | 'count' | 'fraction' | 'ratio' | 'months' | 'decimal' | 'text';

/** One subject of an export: a valid scenario and its projection. */
export interface ExportSubject {
  scenario: Scenario;
  projection: Projection;
}

export interface ExportContext {
  subjects: ExportSubject[];
  generatedAt: Date;
}

export interface LineDef<K extends string = string> {
  key: K;
  /** Column name in CSV files (snake_case, stable). */
  column: string;
  label: string;
  unit: string;
  kind: ValueKind;
  description: string;
}

/** The monthly ledger lines, in ledger order (the §7 month row, without the per-platform detail). */
export const LEDGER_LINES: readonly LineDef<MonthFlowLine | 'hours' | 'cumulativeCashFlow'>[] = [
  { key: 'hours', column: 'hours', label: 'Hours in month', unit: 'h', kind: 'hours', description: 'Days in the calendar month × 24.' },
  { key: 'demandTokens', column: 'demand_tokens', label: 'Tokens demanded', unit: 'tokens', kind: 'tokens', description: 'Σ applications demand D_a(t), input + output.' },
  { key: 'servedTokens', column: 'served_tokens', label: 'Tokens served', unit: 'tokens', kind: 'tokens', description: 'Σ applications served S_a(t) (platform capacity permitting; API options serve all).' },
  { key: 'unmetTokens', column: 'unmet_tokens', label: 'Tokens unmet', unit: 'tokens', kind: 'tokens', description: 'Demanded − served (capacity shortfall).' },
  { key: 'revenue', column: 'revenue', label: 'Revenue', unit: 'USD', kind: 'money', description: 'Σ served tokens / 1e6 × revenue price per M tokens (after price erosion).' },
  { key: 'energyMWh', column: 'energy_mwh', label: 'Energy', unit: 'MWh', kind: 'mwh', description: 'Facility energy incl. PUE, owned and rented platforms.' },
  { key: 'energyCost', column: 'energy_cost', label: 'Energy cost', unit: 'USD', kind: 'money', description: 'Energy (owned platforms) × price per MWh × (1 + escalation)^year.' },
  { key: 'hosting', column: 'hosting', label: 'Hosting', unit: 'USD', kind: 'money', description: 'Nodes × kW per node × hosting price per kW-month (owned).' },
  { key: 'maintenance', column: 'maintenance', label: 'Maintenance', unit: 'USD', kind: 'money', description: 'Nodes × capex per node × maintenance % per year / 12 (owned).' },
  { key: 'apiCost', column: 'api_cost', label: 'API cost', unit: 'USD', kind: 'money', description: 'Tokens bought from API options at their blended input/output price.' },
  { key: 'rentalCost', column: 'rental_cost', label: 'Rental cost', unit: 'USD', kind: 'money', description: 'Rented nodes × GPUs × hours × price per GPU-hour (after decline).' },
  { key: 'fixedOpex', column: 'fixed_opex', label: 'Fixed opex', unit: 'USD', kind: 'money', description: 'Staff, software and support per month.' },
  { key: 'opex', column: 'opex', label: 'Opex', unit: 'USD', kind: 'money', description: 'Energy + hosting + maintenance + rental + API + fixed opex.' },
  { key: 'capex', column: 'capex', label: 'Capex', unit: 'USD', kind: 'money', description: 'Cash paid for nodes added in the month (owned).' },
  { key: 'depreciation', column: 'depreciation', label: 'Depreciation', unit: 'USD', kind: 'money', description: 'Straight-line on each month’s capex cohort, net of residual value.' },
  { key: 'pnlCost', column: 'pnl_cost', label: 'P&L cost', unit: 'USD', kind: 'money', description: 'Opex + depreciation.' },
  { key: 'cashFlow', column: 'cash_flow', label: 'Cash flow', unit: 'USD', kind: 'money', description: 'Revenue − opex − capex.' },
  { key: 'cumulativeCashFlow', column: 'cumulative_cash_flow', label: 'Cumulative cash flow', unit: 'USD', kind: 'money', description: 'Running sum of cash flow from month 0.' },
  { key: 'budget', column: 'budget', label: 'Budget (incl. contingency)', unit: 'USD', kind: 'money', description: '(Opex + capex) × (1 + contingency %).' },
];

/** The per-platform lines of the monthly ledger (§7 month.platforms[]). */
export const PLATFORM_LINES = [
  { key: 'nodes', column: 'nodes', label: 'Nodes', unit: 'nodes', kind: 'count', description: 'Nodes in service in the month.' },
  { key: 'busyGpuHours', column: 'busy_gpu_hours', label: 'Busy GPU-hours', unit: 'GPU-h', kind: 'hours', description: 'Busy GPU-hours demanded (B): work the demand needs at the software multiplier of the month.' },
  { key: 'utilization', column: 'utilization', label: 'Utilisation', unit: '%', kind: 'fraction', description: 'Busy GPU-hours / (nodes × GPUs per node × hours).' },
  { key: 'softwareMultiplier', column: 'software_multiplier', label: 'Software multiplier', unit: '×', kind: 'decimal', description: 'Throughput gain from inference software since month 0.' },
  { key: 'servedTokens', column: 'served_tokens', label: 'Tokens served', unit: 'tokens', kind: 'tokens', description: 'Tokens served on the platform.' },
  { key: 'unmetTokens', column: 'unmet_tokens', label: 'Tokens unmet', unit: 'tokens', kind: 'tokens', description: 'Demand the platform lacked capacity for.' },
  { key: 'energyMWh', column: 'energy_mwh', label: 'Energy', unit: 'MWh', kind: 'mwh', description: 'Facility energy incl. PUE.' },
  { key: 'energyCost', column: 'energy_cost', label: 'Energy cost', unit: 'USD', kind: 'money', description: 'Owned platforms only.' },
  { key: 'hosting', column: 'hosting', label: 'Hosting', unit: 'USD', kind: 'money', description: 'Owned platforms only.' },
  { key: 'maintenance', column: 'maintenance', label: 'Maintenance', unit: 'USD', kind: 'money', description: 'Owned platforms only.' },
  { key: 'rentalCost', column: 'rental_cost', label: 'Rental cost', unit: 'USD', kind: 'money', description: 'Rented platforms only.' },
  { key: 'capex', column: 'capex', label: 'Capex', unit: 'USD', kind: 'money', description: 'Owned platforms only.' },
  { key: 'depreciation', column: 'depreciation', label: 'Depreciation', unit: 'USD', kind: 'money', description: 'Owned platforms only.' },
  { key: 'idleCost', column: 'idle_cost', label: 'Idle cost (unallocated)', unit: 'USD', kind: 'money', description: 'Idle share of the platform’s cost under idle policy “separate”.' },
] as const satisfies readonly LineDef[];

/** The per-application lines of the monthly ledger (§7 month.applications[]). */
export const APPLICATION_LINES = [
  { key: 'demandTokens', column: 'demand_tokens', label: 'Tokens demanded', unit: 'tokens', kind: 'tokens', description: 'D_a(t).' },
  { key: 'servedTokens', column: 'served_tokens', label: 'Tokens served', unit: 'tokens', kind: 'tokens', description: 'S_a(t).' },
  { key: 'revenue', column: 'revenue', label: 'Revenue', unit: 'USD', kind: 'money', description: 'S_a(t) / 1e6 × price.' },
  { key: 'allocatedCost', column: 'allocated_cost', label: 'Allocated cost', unit: 'USD', kind: 'money', description: 'Share of platform cost by busy GPU-hours, or its API cost.' },
] as const satisfies readonly LineDef[];

export interface KpiDef {
  key: keyof Kpis;
  label: string;
  unit: string;
  kind: ValueKind;
  method: string;
}

/** The horizon KPIs (spec §4), in the order a board reads them. */
export const KPI_DEFS: readonly KpiDef[] = [
  { key: 'npv', label: 'Net present value', unit: 'USD', kind: 'money', method: 'Each month’s cash flow discounted at the monthly rate m = (1 + annual rate)^(1/12) − 1; month 0 is not discounted.' },
  { key: 'irrAnnual', label: 'IRR (annual)', unit: '%', kind: 'fraction', method: 'The monthly rate x at which NPV is zero, annualised as (1 + x)^12 − 1; none when the flows have no root or several.' },
  { key: 'mirrAnnual', label: 'MIRR (annual)', unit: '%', kind: 'fraction', method: 'Modified IRR with finance and reinvestment rate m, annualised as (1 + y)^12 − 1.' },
  { key: 'paybackMonths', label: 'Payback', unit: 'months', kind: 'months', method: 'Months until cumulative cash flow turns non-negative, interpolated within the month.' },
  { key: 'discountedPaybackMonths', label: 'Discounted payback', unit: 'months', kind: 'months', method: 'Payback on discounted cash flows.' },
  { key: 'totalRevenue', label: 'Total revenue', unit: 'USD', kind: 'money', method: 'Σ monthly revenue over the horizon.' },
  { key: 'totalOpex', label: 'Total opex', unit: 'USD', kind: 'money', method: 'Σ monthly opex.' },
  { key: 'totalCapex', label: 'Total capex', unit: 'USD', kind: 'money', method: 'Σ monthly capex.' },
  { key: 'totalDepreciation', label: 'Total depreciation', unit: 'USD', kind: 'money', method: 'Σ monthly depreciation (cut at the horizon).' },
  { key: 'revenueMultiple', label: 'Revenue multiple', unit: '×', kind: 'ratio', method: 'Total revenue / total capex (the “$5M → $75M = 15x” figure; not a net return).' },
  { key: 'roi', label: 'ROI', unit: '%', kind: 'fraction', method: '(Total revenue − total opex − total capex) / total capex.' },
  { key: 'grossMarginPct', label: 'Gross margin', unit: '%', kind: 'fraction', method: '(Revenue − P&L cost) / revenue.' },
  { key: 'costPerMTokens', label: 'Cost per M tokens (all-in)', unit: 'USD / M tokens', kind: 'unitPrice', method: 'Σ P&L cost / (Σ tokens served / 1e6).' },
  { key: 'cashCostPerMTokens', label: 'Cash cost per M tokens', unit: 'USD / M tokens', kind: 'unitPrice', method: 'Σ (opex + capex) / (Σ tokens served / 1e6).' },
  { key: 'energyCostPerMTokens', label: 'Energy cost per M tokens', unit: 'USD / M tokens', kind: 'unitPrice', method: 'Σ energy cost / (Σ tokens served / 1e6).' },
  { key: 'breakEvenApiPricePerMTokens', label: 'Break-even API price', unit: 'USD / M tokens', kind: 'unitPrice', method: 'Σ self-hosted cost of all platforms / (Σ tokens served on platforms / 1e6): the API price at which buying equals owning.' },
  { key: 'totalTokens', label: 'Tokens served', unit: 'tokens', kind: 'tokens', method: 'Σ tokens served over the horizon.' },
  { key: 'unmetTokens', label: 'Tokens unmet', unit: 'tokens', kind: 'tokens', method: 'Σ demand not served for lack of capacity.' },
  { key: 'joulesPerToken', label: 'Energy per token', unit: 'J / token', kind: 'decimal', method: 'Σ platform energy × 3.6e9 / Σ tokens served on platforms.' },
  { key: 'tokensPerMWh', label: 'Tokens per MWh', unit: 'tokens / MWh', kind: 'tokens', method: 'Tokens served on platforms per MWh of facility energy.' },
  { key: 'energyCostPerRevenueDollar', label: 'Energy cost per revenue dollar', unit: 'USD / USD', kind: 'decimal', method: 'Σ energy cost / Σ revenue.' },
];

/** "Blackwell B200 — owned fleet" → "blackwell-b200-owned-fleet" (ASCII, ≤ 60 characters). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'scenario' : slug;
}

/** "YYYY-MM-DD" in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `tokenplan-<slug>-<yyyy-mm-dd>.<ext>`; a comparison is `tokenplan-compare-<slug1>-vs-<slug2>…`. */
export function exportFileName(names: readonly string[], date: Date, ext: string, suffix?: string): string {
  const base = names.length > 1 ? `compare-${names.map(slugify).join('-vs-')}`.slice(0, 120).replace(/-+$/g, '') : slugify(names[0] ?? 'scenario');
  return `tokenplan-${base}${suffix ? `-${suffix}` : ''}-${isoDate(date)}.${ext}`;
}

/** A decimal string as a JS number for spreadsheet cells (the nearest double). */
export function num(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Number(value);
}

/** "2027-01" → "Jan 2027". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(m) - 1] ?? m} ${y}`;
}
