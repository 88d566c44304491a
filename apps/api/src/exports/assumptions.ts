// The Scenario (spec §2) as one row per field: what the Assumptions sheet, the assumptions CSV
// and the PDF's assumptions table show. Every field the scenario holds gets a row (found by
// walking the document, so a field added to the spec cannot be silently left out), labelled from
// FIELD_LABELS; optional fields a platform leaves unset get a row saying so.
import type { Scenario } from './model';
import type { ValueKind } from './content';

export interface AssumptionRow {
  /** "General", "Energy & facility", "Platform b200 — NVIDIA B200 …", … */
  section: string;
  /** Scenario path, e.g. `platforms[0].fleet.targetUtilization`. */
  path: string;
  label: string;
  /** The value as stored (decimal string, integer, text) or null when not set. */
  value: string | number | null;
  unit: string;
  kind: ValueKind;
  /** Why the value is empty or ignored, e.g. "not set" or "ignored: rented". */
  note?: string;
}

interface FieldLabel {
  label: string;
  unit: string;
  kind: ValueKind;
}

const F = (label: string, unit: string, kind: ValueKind): FieldLabel => ({ label, unit, kind });

/** Labels by generic path: list indices as `[]`, throughput model ids as `*`. */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  name: F('Scenario name', '', 'text'),
  start: F('First month', 'YYYY-MM', 'text'),
  horizonMonths: F('Horizon', 'months', 'count'),
  discountRateAnnual: F('Discount rate (annual)', '%', 'fraction'),
  fiscalYearStartMonth: F('Fiscal year starts in month', '1–12', 'count'),
  contingencyPct: F('Contingency on budget', '%', 'fraction'),
  'energy.pricePerMWh': F('Electricity price', 'USD / MWh', 'unitPrice'),
  'energy.annualEscalation': F('Electricity price escalation', '% / year', 'fraction'),
  'energy.pue': F('PUE', '×', 'decimal'),
  'hosting.perKwMonth': F('Hosting price', 'USD / kW-month', 'unitPrice'),
  fixedOpexPerMonth: F('Fixed opex', 'USD / month', 'money'),
  idlePolicy: F('Idle cost policy', 'separate | spread', 'text'),
  'platforms[].id': F('Id', '', 'text'),
  'platforms[].name': F('Name', '', 'text'),
  'platforms[].acquisition.type': F('Acquisition', 'own | rent', 'text'),
  'platforms[].acquisition.pricePerGpuHour': F('Rental price', 'USD / GPU-hour', 'unitPrice'),
  'platforms[].acquisition.annualPriceDecline': F('Rental price decline', '% / year', 'fraction'),
  'platforms[].gpusPerNode': F('GPUs per node', 'GPUs', 'count'),
  'platforms[].powerKwPerNode': F('IT power per node', 'kW', 'decimal'),
  'platforms[].idlePowerFraction': F('Idle power draw', '% of full load', 'fraction'),
  'platforms[].capexPerNode': F('Capex per node', 'USD', 'money'),
  'platforms[].maintenancePctPerYear': F('Maintenance', '% of capex / year', 'fraction'),
  'platforms[].depreciationMonths': F('Depreciation period', 'months', 'count'),
  'platforms[].residualValuePct': F('Residual value', '% of capex', 'fraction'),
  'platforms[].throughput.*': F('Throughput', 'tokens / s / GPU', 'decimal'),
  'platforms[].softwareCurve.type': F('Software curve', 'none | compound | steps', 'text'),
  'platforms[].softwareCurve.annualImprovement': F('Software improvement', '% / year', 'fraction'),
  'platforms[].softwareCurve.cap': F('Software multiplier cap', '×', 'decimal'),
  'platforms[].softwareCurve.steps[].month': F('Software step month', 'month index', 'count'),
  'platforms[].softwareCurve.steps[].multiplier': F('Software step multiplier', '×', 'decimal'),
  'platforms[].fleet.mode': F('Fleet sizing', 'auto | fixed', 'text'),
  'platforms[].fleet.targetUtilization': F('Target utilisation', '%', 'fraction'),
  'platforms[].fleet.maxNodes': F('Maximum nodes', 'nodes', 'count'),
  'platforms[].fleet.nodes': F('Fixed nodes', 'nodes', 'count'),
  'platforms[].powerCapKw': F('Site power cap (incl. PUE)', 'kW', 'decimal'),
  'apiOptions[].id': F('Id', '', 'text'),
  'apiOptions[].name': F('Name', '', 'text'),
  'apiOptions[].inputPricePerMTokens': F('Input price', 'USD / M tokens', 'unitPrice'),
  'apiOptions[].outputPricePerMTokens': F('Output price', 'USD / M tokens', 'unitPrice'),
  'apiOptions[].annualPriceDecline': F('Price decline', '% / year', 'fraction'),
  'applications[].id': F('Id', '', 'text'),
  'applications[].name': F('Name', '', 'text'),
  'applications[].team': F('Team', '', 'text'),
  'applications[].model': F('Model', '', 'text'),
  'applications[].servedBy.platform': F('Served by platform', 'platform id', 'text'),
  'applications[].servedBy.api': F('Served by API option', 'API option id', 'text'),
  'applications[].tokensMonth0': F('Tokens in month 0', 'tokens / month', 'tokens'),
  'applications[].outputShare': F('Output share of tokens', '%', 'fraction'),
  'applications[].growth.type': F('Demand growth', 'compound | linear | logistic', 'text'),
  'applications[].growth.monthlyRate': F('Growth rate', '% / month', 'fraction'),
  'applications[].growth.monthlyIncrement': F('Growth increment', 'tokens / month', 'tokens'),
  'applications[].growth.capacity': F('Logistic capacity', 'tokens / month', 'tokens'),
  'applications[].growth.rate': F('Logistic rate', 'per month', 'decimal'),
  'applications[].revenuePerMTokens': F('Revenue price', 'USD / M tokens', 'unitPrice'),
  'applications[].annualPriceErosion': F('Price erosion', '% / year', 'fraction'),
  'applications[].tokensPerQuery': F('Tokens per query', 'tokens', 'tokens'),
  'applications[].queriesPerTask': F('Queries per agent task', 'queries', 'decimal'),
};

/** Fields a platform may leave unset: shown as a row with a note so the table has every field. */
const OPTIONAL_PLATFORM_FIELDS = ['capexPerNode', 'maintenancePctPerYear', 'depreciationMonths', 'residualValuePct', 'powerCapKw'] as const;
const OWNED_ONLY = new Set(['capexPerNode', 'maintenancePctPerYear', 'depreciationMonths', 'residualValuePct']);

/** `platforms[2].throughput["llama-3.3-70b"]` → `platforms[].throughput.*`. */
export function genericPath(path: string): string {
  return path
    .replace(/\.throughput\["[^"]*"\]$/, '.throughput.*')
    .replace(/\.throughput\.[^.[]+$/, '.throughput.*')
    .replace(/\[\d+\]/g, '[]');
}

function childPath(prefix: string, key: string | number, parentIsThroughput: boolean): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  if (parentIsThroughput) return `${prefix}["${key}"]`;
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** Every leaf of a JSON value as [path, value], in document order. */
export function leaves(value: unknown, prefix = ''): [string, string | number | boolean | null][] {
  if (value === null || typeof value !== 'object') return [[prefix, value as string | number | boolean | null]];
  const out: [string, string | number | boolean | null][] = [];
  const isThroughput = prefix.endsWith('.throughput');
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) out.push(...leaves(child, childPath(prefix, key, isThroughput)));
  return out;
}

function sectionOf(path: string, scenario: Scenario): string {
  const list = /^(platforms|apiOptions|applications)\[(\d+)\]/.exec(path);
  if (list) {
    const [, kind, index] = list;
    const item = (scenario[kind as 'platforms' | 'apiOptions' | 'applications'] as readonly { id: string; name: string }[])[Number(index)];
    const title = kind === 'platforms' ? 'Platform' : kind === 'apiOptions' ? 'API option' : 'Application';
    return `${title}: ${item?.name ?? ''} (${item?.id ?? index})`;
  }
  if (path.startsWith('energy.') || path.startsWith('hosting.')) return 'Energy & facility';
  if (path === 'fixedOpexPerMonth' || path === 'idlePolicy') return 'Fixed costs & allocation';
  return 'General';
}

function labelFor(path: string): FieldLabel {
  const generic = genericPath(path);
  const found = FIELD_LABELS[generic];
  if (found) {
    if (generic === 'platforms[].throughput.*') {
      const model = /\["([^"]*)"\]$/.exec(path)?.[1] ?? '';
      return { ...found, label: `Throughput on ${model}` };
    }
    return found;
  }
  // A field the labels do not know yet: still exported, under its path.
  return { label: path, unit: '', kind: 'text' };
}

/** One row per Scenario field, in document order, plus unset optional platform fields. */
export function assumptionRows(scenario: Scenario): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  for (const [path, value] of leaves(scenario)) {
    const { label, unit, kind } = labelFor(path);
    rows.push({ section: sectionOf(path, scenario), path, label, value: typeof value === 'boolean' ? String(value) : value, unit, kind });
  }
  scenario.platforms.forEach((platform, i) => {
    const rented = platform.acquisition.type === 'rent';
    for (const field of OPTIONAL_PLATFORM_FIELDS) {
      const path = `platforms[${i}].${field}`;
      const existing = rows.find((r) => r.path === path);
      if (existing) {
        if (rented && OWNED_ONLY.has(field)) existing.note = 'ignored: rented platform';
        continue;
      }
      const { label, unit, kind } = labelFor(path);
      const note = rented && OWNED_ONLY.has(field) ? 'not used: rented platform' : 'not set';
      // Insert after the platform's last row so the section stays together.
      let at = rows.length;
      for (let r = rows.length - 1; r >= 0; r -= 1) {
        if (rows[r]?.path.startsWith(`platforms[${i}].`)) {
          at = r + 1;
          break;
        }
      }
      rows.splice(at, 0, { section: sectionOf(path, scenario), path, label, value: null, unit, kind, note });
    }
    if (platform.fleet.mode === 'auto' && platform.fleet.maxNodes === undefined) {
      const path = `platforms[${i}].fleet.maxNodes`;
      const anchor = rows.findIndex((r) => r.path === `platforms[${i}].fleet.targetUtilization`);
      const { label, unit, kind } = labelFor(path);
      rows.splice(anchor + 1, 0, { section: sectionOf(path, scenario), path, label, value: null, unit, kind, note: 'not set (no limit)' });
    }
  });
  return rows;
}
