// CSV exports (RFC 4180): CRLF line ends, a header row, fields quoted when they hold a comma,
// a double quote, CR or LF (quotes doubled), UTF-8. Numbers are the projection's exact decimal
// strings (no rounding, no thousands separators, "." as decimal point); an empty field is a
// null ratio. Every TEXT field that a spreadsheet would run as a formula (= + - @ tab CR at the
// start) is prefixed with an apostrophe, in one place (csvField), whatever column it is in; a
// number (a JS number or a plain decimal string such as "-0.05") is written as it is.
// Columns are documented in docs/exports.md.
import { assumptionRows } from './assumptions';
import { APPLICATION_LINES, LEDGER_LINES, columnName, type ExportSubject } from './content';
import { MONTH_FLOW_LINES, fiscalYearOfMonth, targetAt, targetLabel } from './model';

export const CSV_TABLES = ['ledger', 'allocation', 'fiscal-years', 'assumptions'] as const;
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
];

function allocationRows(subject: ExportSubject): Field[][] {
  const { scenario, projection } = subject;
  const scenarioName = scenario.name;
  const apps = new Map(scenario.applications.map((a) => [a.id, a]));
  const platforms = new Map(scenario.platforms.map((p) => [p.id, p]));
  const rows: Field[][] = [];
  for (const m of projection.months) {
    for (const am of m.applications) {
      const app = apps.get(am.id);
      const servedBy = app ? targetLabel(targetAt(app.servedBy, m.t)) : '';
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
        ...APPLICATION_LINES.map((l) => am[l.key]),
      ]);
    }
    for (const pm of m.platforms) {
      const platform = platforms.get(pm.id);
      rows.push([scenarioName, m.t, m.month, 'idle', pm.id, platform?.name ?? '', '', '', `platform:${pm.id}`, '0', '0', '0', pm.idleCost]);
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
  return assumptionRows(subject.scenario, { curvePoints: true }).map((r) => [
    subject.scenario.name,
    r.section,
    r.path,
    r.label,
    r.value,
    r.kind === 'fraction' ? r.unit.replace('%', 'fraction') : r.unit,
    r.note ?? '',
  ]);
}

const TABLES: Record<CsvTable, { header: string[]; rows: (s: ExportSubject) => Field[][] }> = {
  ledger: { header: LEDGER_COLUMNS, rows: ledgerRows },
  allocation: { header: ALLOCATION_COLUMNS, rows: allocationRows },
  'fiscal-years': { header: FISCAL_YEAR_COLUMNS, rows: fiscalYearRows },
  assumptions: { header: ASSUMPTION_COLUMNS, rows: assumptionCsvRows },
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
