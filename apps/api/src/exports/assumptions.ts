// The Scenario (spec §2) as one row per field: what the Assumptions sheet, the assumptions CSV
// and the PDF's assumptions table show. Every field the scenario holds gets a row (found by
// walking the document, so a field added to the spec cannot be silently left out), labelled from
// the model's INPUT_LABELS (label and unit in words); optional fields a platform leaves unset get
// a row saying so.
import { kindOfUnit, type ValueKind } from './content';
import { INPUT_LABELS, UNITS, type Scenario } from './model';

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

/** Fields a platform may leave unset: shown as a row with a note so the table has every field. */
const OPTIONAL_PLATFORM_FIELDS = ['capexPerNode', 'maintenancePctPerYear', 'depreciationMonths', 'residualValuePct', 'powerCapKw'] as const;
const OWNED_ONLY = new Set(['capexPerNode', 'maintenancePctPerYear', 'depreciationMonths', 'residualValuePct']);

/** `platforms[2].throughput["llama-3.3-70b"]` → `platforms[].throughput` (INPUT_LABELS' key of the field). */
export function genericPath(path: string): string {
  return path
    .replace(/\.throughput\["[^"]*"\]$/, '.throughput')
    .replace(/\.throughput\.[^.[]+$/, '.throughput')
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

/**
 * A nested field's label with its group's ("Software curve · Cap", "Fleet · Mode"): a table row
 * has no card around it to say what "Cap" belongs to. Left as it is when it names the group already.
 */
export function groupedLabel(generic: string, label: string): string {
  const group = /^((?:platforms|apiOptions|applications)\[\]\.[^.[]+|[^.[]+)\./.exec(generic)?.[1];
  const groupLabel = group === undefined ? undefined : INPUT_LABELS[group]?.label;
  if (groupLabel === undefined || label.toLowerCase().includes(groupLabel.toLowerCase())) return label;
  return `${groupLabel} · ${label}`;
}

interface RowLabel {
  label: string;
  unit: string;
  kind: ValueKind;
}

/** Label, unit in words and number format of a field (by its value: a count may be fractional). */
function labelFor(path: string, value: unknown = null): RowLabel {
  const generic = genericPath(path);
  const found = INPUT_LABELS[generic];
  // A field the labels do not know yet: still exported, under its path.
  if (!found) return { label: path, unit: '', kind: 'text' };
  const model = generic.endsWith('.throughput') ? /\["([^"]*)"\]$/.exec(path)?.[1] : undefined;
  const label = model === undefined ? groupedLabel(generic, found.label) : `${found.label} on ${model}`;
  // Inputs in months and counts are whole numbers (a horizon, a period); a count can be a decimal (queries per task, a logistic rate).
  const kind = found.unit === 'months' || found.unit === 'count' ? (value === null || Number.isInteger(Number(value)) ? 'count' : 'decimal') : kindOfUnit(found.unit);
  return { label, unit: UNITS[found.unit], kind };
}

/** One row per Scenario field, in document order, plus unset optional platform fields. */
export function assumptionRows(scenario: Scenario): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  for (const [path, value] of leaves(scenario)) {
    const { label, unit, kind } = labelFor(path, value);
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
