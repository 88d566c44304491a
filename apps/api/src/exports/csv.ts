// CSV exports (RFC 4180): CRLF line ends, a header row, fields quoted when they hold a comma,
// a double quote, CR or LF (quotes doubled), UTF-8. Numbers are the projection's exact decimal
// strings (no rounding, no thousands separators, "." as decimal point); an empty field is a
// null ratio. Every TEXT field that a spreadsheet would run as a formula (= + - @ tab CR at the
// start) is prefixed with an apostrophe, in one place (csvField), whatever column it is in; a
// number (a JS number or a plain decimal string such as "-0.05") is written as it is.
// Columns are documented in docs/exports.md.
import { assumptionRows } from './assumptions';
import { AFTER_TAX_DEFS, API_OPTION_LINES, APPLICATION_LINES, KPI_DEFS, LEDGER_LINES, PLATFORM_KPI_LINES, PLATFORM_LINES, columnName, type ExportSubject } from './content';
import { MONTH_FLOW_LINES, fiscalYearOfMonth, targetAt, targetLabel } from './model';

export const CSV_TABLES = ['ledger', 'allocation', 'fiscal-years', 'assumptions', 'platforms', 'api-options', 'kpis'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Field = string | number | null;

/** A plain decimal number: what a spreadsheet reads as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A text field that could be read as a formula by a spreadsheet is neutralised; numbers are left alone. */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function csvField(value: Field): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly Field[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly Field[])[]): string {
  return csvLine(header) + rows.map(csvLine).join('');
}

export const LEDGER_COLUMNS = ['scenario', 't', 'month', ...LEDGER_LINES.map((l) => l.column)];

function ledgerRows(subject: ExportSubject): Field[][] {
  const name = subject.scenario.name;
  return subject.projection.months.map((m) => [name, m.t, m.month, ...LEDGER_LINES.map((l) => m[l.key])]);
}

export const ALLOCATION_COLUMNS = [
  'scenario',
  't',
  'month',
  'kind',
  'id',
  'name',
  'team',
  'model',
  'served_by',
  ...APPLICATION_LINES.map((l) => l.column),
  'seats',
];

function allocationRows(subject: ExportSubject): Field[][] {
  const { scenario, projection } = subject;
  const scenarioName = scenario.name;
  const apps = new Map(scenario.applications.map((a) => [a.id, a]));
  const platforms = new Map(scenario.platforms.map((p) => [p.id, p]));
  const options = new Map(scenario.apiOptions.map((o) => [o.id, o]));
  const rows: Field[][] = [];
  for (const m of projection.months) {
    for (const am of m.applications) {
      const app = apps.get(am.id);
      // The month's target as the projection reports it (§8), else as the scenario's path says.
      const servedBy = am.target ? targetLabel(am.target) : app ? targetLabel(targetAt(app.servedBy, m.t)) : '';
      rows.push([
        scenarioName,
        m.t,
        m.month,
        'application',
        am.id,
        app?.name ?? '',
        app?.team ?? '',
        app?.model ?? '',
        servedBy,
        ...APPLICATION_LINES.map((l) => am[l.key] ?? '0'),
        am.seats ?? null,
      ]);
    }
    for (const pm of m.platforms) {
      const platform = platforms.get(pm.id);
      // An idle line: its cost is allocated cost, every other figure 0.
      const lines = APPLICATION_LINES.map((l) => (l.key === 'allocatedCost' ? pm.idleCost : '0'));
      rows.push([scenarioName, m.t, m.month, 'idle', pm.id, platform?.name ?? '', '', '', `platform:${pm.id}`, ...lines, null]);
    }
    // §9: an API option's unused commitment is its idle line.
    for (const om of m.apiOptions ?? []) {
      const lines = APPLICATION_LINES.map((l) => (l.key === 'allocatedCost' ? om.unusedCommitment : '0'));
      rows.push([scenarioName, m.t, m.month, 'idle', om.id, options.get(om.id)?.name ?? '', '', '', `api:${om.id}`, ...lines, null]);
    }
  }
  return rows;
}

export const FISCAL_YEAR_COLUMNS = ['scenario', 'fiscal_year', 'months', ...MONTH_FLOW_LINES.map(columnName), 'cumulative_cash_flow'];

function fiscalYearRows(subject: ExportSubject): Field[][] {
  const { scenario, projection } = subject;
  const counts = monthsPerFiscalYear(projection.months.map((m) => m.month), scenario.fiscalYearStartMonth);
  return projection.fiscalYears.map((fy) => [
    scenario.name,
    fy.fiscalYear,
    counts.get(fy.fiscalYear) ?? 0,
    ...MONTH_FLOW_LINES.map((k) => fy[k]),
    fy.cumulativeCashFlow,
  ]);
}

/** Months of the horizon in each fiscal year (the model's rule, fiscalYearOfMonth). */
export function monthsPerFiscalYear(months: readonly string[], fiscalYearStartMonth: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const month of months) {
    const fy = fiscalYearOfMonth(month, fiscalYearStartMonth);
    counts.set(fy, (counts.get(fy) ?? 0) + 1);
  }
  return counts;
}

export const ASSUMPTION_COLUMNS = ['scenario', 'section', 'path', 'label', 'value', 'unit', 'note'];

function assumptionCsvRows(subject: ExportSubject): Field[][] {
  return assumptionRows(subject.scenario, { parts: true }).map((r) => [
    subject.scenario.name,
    r.section,
    r.path,
    r.label,
    r.value,
    r.kind === 'fraction' ? r.unit.replace('%', 'fraction') : r.unit,
    r.note ?? '',
  ]);
}

export const PLATFORM_COLUMNS = ['scenario', 't', 'month', 'id', 'name', ...PLATFORM_LINES.map((l) => l.column)];

/** One row per platform and month: fleet (orders, retirements, reserved nodes), operations, cost (§7, §8, §9). */
function platformRows(subject: ExportSubject): Field[][] {
  const names = new Map(subject.scenario.platforms.map((p) => [p.id, p.name]));
  return subject.projection.months.flatMap((m) =>
    m.platforms.map((pm) => [subject.scenario.name, m.t, m.month, pm.id, names.get(pm.id) ?? '', ...PLATFORM_LINES.map((l) => pm[l.key] ?? null)]),
  );
}

export const API_OPTION_COLUMNS = ['scenario', 't', 'month', 'id', 'name', ...API_OPTION_LINES.map((l) => l.column)];

/** One row per API option and month: its cost, commitment shortfall included (§9). */
function apiOptionRows(subject: ExportSubject): Field[][] {
  const names = new Map(subject.scenario.apiOptions.map((o) => [o.id, o.name]));
  return subject.projection.months.flatMap((m) =>
    (m.apiOptions ?? []).map((om) => [subject.scenario.name, m.t, m.month, om.id, names.get(om.id) ?? '', ...API_OPTION_LINES.map((l) => om[l.key])]),
  );
}

export const KPI_COLUMNS = ['scenario', 'kpi', 'platform', 'label', 'value', 'unit'];

/** The horizon KPIs (§4, §8): scalars, then after-tax returns (empty without tax), then per platform. */
function kpiRows(subject: ExportSubject): Field[][] {
  const { scenario, projection } = subject;
  const k = projection.kpis;
  const rows: Field[][] = KPI_DEFS.map((d) => [scenario.name, d.column, '', d.label, k[d.key] ?? null, d.unit]);
  for (const d of AFTER_TAX_DEFS) rows.push([scenario.name, d.column, '', d.label, k.afterTax?.[d.key] ?? null, d.unit]);
  for (const pk of k.platforms ?? []) {
    for (const d of PLATFORM_KPI_LINES) {
      const value = pk[d.key];
      rows.push([scenario.name, `platform_${d.column}`, pk.id, d.label, value === null ? null : String(value), d.unit]);
    }
  }
  return rows;
}

const TABLES: Record<CsvTable, { header: string[]; rows: (s: ExportSubject) => Field[][] }> = {
  ledger: { header: LEDGER_COLUMNS, rows: ledgerRows },
  allocation: { header: ALLOCATION_COLUMNS, rows: allocationRows },
  'fiscal-years': { header: FISCAL_YEAR_COLUMNS, rows: fiscalYearRows },
  assumptions: { header: ASSUMPTION_COLUMNS, rows: assumptionCsvRows },
  platforms: { header: PLATFORM_COLUMNS, rows: platformRows },
  'api-options': { header: API_OPTION_COLUMNS, rows: apiOptionRows },
  kpis: { header: KPI_COLUMNS, rows: kpiRows },
};

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (helps Excel on Windows detect UTF-8). */
  bom?: boolean;
}

/** One CSV table over one or more scenarios (a comparison stacks them, told apart by `scenario`). */
export function buildCsv(subjects: readonly ExportSubject[], table: CsvTable, options: CsvOptions = {}): string {
  const def = TABLES[table];
  const body = csvDocument(def.header, subjects.flatMap((s) => def.rows(s)));
  return options.bom ? `\uFEFF${body}` : body;
}
