// The scenario exchange file: what export writes and import reads (docs/api.md, "Exchange format").
//
// `schemaVersion` is the version of the file's layout; each entry's `documentSchemaVersion` is the
// version of its document's shape (upgrades.ts), absent in files written before it existed (= 1).
// Version 1 (current):
//   { "format": "tokenplan.scenarios", "schemaVersion": 1, "exportedAt": "…",
//     "scenarios": [ { "draft": false, "visibility": "PRIVATE", "documentSchemaVersion": 2,
//                      "document": { …Scenario… }, "source": { "id": "…", "version": 3, "updatedAt": "…" } } ] }
// Version 0 (the 2025 beta's export, still read):
//   { "format": "tokenplan.scenarios", "schemaVersion": 0,
//     "scenarios": [ { "title": "…", "scenario": { …, "horizonYears": 5, "discountRatePct": 10,
//                      "energy": { "pricePerKWh": 0.085, … } } } ] }
//   Migration to 1: title → document.name, horizonYears × 12 → horizonMonths, discountRatePct / 100 →
//   discountRateAnnual, energy.pricePerKWh × 1000 → energy.pricePerMWh (exact: decimal point shifts,
//   no floating-point arithmetic). Version 0 had no drafts and no sharing: entries import as complete,
//   private scenarios. The migrated document is a document of version 1, then upgraded like any other.
import { z } from 'zod';
import type { ErrorDetail } from '../errors';
import type { JsonObject, ScenarioRecord, Visibility } from '../repositories/records';
import { documentSchema } from './documentSchema';
import { CURRENT_DOCUMENT_VERSION, FIRST_DOCUMENT_VERSION, upgradeDocument } from './upgrades';

export const EXCHANGE_FORMAT = 'tokenplan.scenarios';
export const CURRENT_SCHEMA_VERSION = 1;
export const MAX_IMPORT_SCENARIOS = 200;

const entryV1 = z.strictObject({
  draft: z.boolean().default(false),
  visibility: z.enum(['PRIVATE', 'WORKSPACE']).default('PRIVATE'),
  documentSchemaVersion: z
    .int()
    .min(FIRST_DOCUMENT_VERSION)
    .max(CURRENT_DOCUMENT_VERSION, {
      error: `documentSchemaVersion must be ${FIRST_DOCUMENT_VERSION} to ${CURRENT_DOCUMENT_VERSION} (this server reads documents up to version ${CURRENT_DOCUMENT_VERSION})`,
    })
    .default(FIRST_DOCUMENT_VERSION)
    .meta({ description: 'Version of the document\'s shape; upgraded on import. Absent (files written before it existed): 1.' }),
  document: documentSchema,
  source: z
    .strictObject({ id: z.string().max(100), version: z.int().min(1), updatedAt: z.string().max(40) })
    .optional()
    .meta({ description: 'Where the entry was exported from; informative only, never applied.' }),
});

const entryV0 = z.strictObject({
  title: z.string().min(1).max(120),
  scenario: documentSchema,
});

const fileV1 = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  schemaVersion: z.literal(1),
  exportedAt: z.string().max(40).optional(),
  scenarios: z.array(entryV1).min(1).max(MAX_IMPORT_SCENARIOS),
});

const fileV0 = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  schemaVersion: z.literal(0),
  scenarios: z.array(entryV0).min(1).max(MAX_IMPORT_SCENARIOS),
});

/** Request body of POST /import: any supported schemaVersion. */
export const exchangeFileSchema = z.discriminatedUnion('schemaVersion', [fileV1, fileV0], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `schemaVersion must be 0 or ${CURRENT_SCHEMA_VERSION} (this server reads files up to version ${CURRENT_SCHEMA_VERSION})`
      : undefined,
});
export type ExchangeFile = z.output<typeof exchangeFileSchema>;

/** Response body of the export routes (always the current version). */
export const exportFileSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  exportedAt: z.string(),
  scenarios: z.array(
    z.object({
      draft: z.boolean(),
      visibility: z.enum(['PRIVATE', 'WORKSPACE']),
      documentSchemaVersion: z.literal(CURRENT_DOCUMENT_VERSION),
      document: documentSchema,
      source: z.object({ id: z.string(), version: z.int(), updatedAt: z.string() }),
    }),
  ),
});
export type ExportFile = z.output<typeof exportFileSchema>;

/** One scenario to create, with where it came from in the file for error paths. */
export interface ImportEntry {
  draft: boolean;
  visibility: Visibility;
  document: JsonObject;
  /** `scenarios[3].document` (v1) or `scenarios[3].scenario` (v0). */
  documentPath: string;
  /** Maps a path inside the migrated document back to the field the file named (v0 renames). */
  fieldPath: (path: string) => string;
}

export function exportFile(records: readonly ScenarioRecord[], now = new Date()): ExportFile {
  return {
    format: EXCHANGE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    scenarios: records.map((r) => ({
      draft: r.isDraft,
      visibility: r.visibility,
      documentSchemaVersion: CURRENT_DOCUMENT_VERSION, // records are upgraded on read
      document: r.document,
      source: { id: r.id, version: r.version, updatedAt: r.updatedAt.toISOString() },
    })),
  };
}

const DECIMAL = /^(-?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/;

/** `value` × 10^places, exactly, as a decimal string ("0.085", 3 → "0.085e3"); null when not a decimal. */
export function shiftDecimal(value: unknown, places: number): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string' && value.length <= 100) {
    text = value.trim();
  } else {
    return null;
  }
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const exponent = Number(match[3] ?? '0') + places;
  return `${match[1] ?? ''}${match[2] ?? ''}e${exponent}`;
}

const V0_RENAMES: readonly [string, string][] = [
  ['horizonMonths', 'horizonYears'],
  ['discountRateAnnual', 'discountRatePct'],
  ['energy.pricePerMWh', 'energy.pricePerKWh'],
];

function v0FieldPath(path: string): string {
  for (const [now, then] of V0_RENAMES) {
    if (path === now || path.startsWith(`${now}.`) || path.startsWith(`${now}[`)) return then + path.slice(now.length);
  }
  return path;
}

/**
 * A version 0 document as a version 1 document. Values the migration cannot convert are passed on
 * unchanged under the new name, so validation reports them (at the old field's path).
 */
export function migrateV0Document(title: string, old: JsonObject): JsonObject {
  const { horizonYears, discountRatePct, energy, ...rest } = old;
  const document: JsonObject = { name: title, ...rest };
  if (horizonYears !== undefined) {
    document['horizonMonths'] = typeof horizonYears === 'number' && Number.isInteger(horizonYears) ? horizonYears * 12 : horizonYears;
  }
  if (discountRatePct !== undefined) document['discountRateAnnual'] = shiftDecimal(discountRatePct, -2) ?? discountRatePct;
  if (energy !== undefined) {
    if (energy !== null && typeof energy === 'object' && !Array.isArray(energy)) {
      const { pricePerKWh, ...energyRest } = energy as JsonObject;
      document['energy'] = {
        ...energyRest,
        ...(pricePerKWh === undefined ? {} : { pricePerMWh: shiftDecimal(pricePerKWh, 3) ?? pricePerKWh }),
      };
    } else {
      document['energy'] = energy;
    }
  }
  return document;
}

/** The entries of a parsed file, migrated to the current version. */
export function importEntries(file: ExchangeFile): { entries: ImportEntry[]; migratedFrom: number | null } {
  if (file.schemaVersion === 1) {
    return {
      migratedFrom: null,
      entries: file.scenarios.map((s, i) => ({
        draft: s.draft,
        visibility: s.visibility,
        document: upgradeDocument(s.document, s.documentSchemaVersion),
        documentPath: `scenarios[${i}].document`,
        fieldPath: (path) => path,
      })),
    };
  }
  return {
    migratedFrom: 0,
    entries: file.scenarios.map((s, i) => ({
      draft: false,
      visibility: 'PRIVATE' as const,
      document: upgradeDocument(migrateV0Document(s.title, s.scenario), FIRST_DOCUMENT_VERSION),
      documentPath: `scenarios[${i}].scenario`,
      fieldPath: v0FieldPath,
    })),
  };
}

/** Maps details of a prepared entry (paths under `documentPath`) through `fieldPath`; `name` of v0 is the title. */
export function remapDetails(entry: ImportEntry, details: readonly ErrorDetail[], index: number): ErrorDetail[] {
  return details.map((d) => {
    if (!d.path.startsWith(entry.documentPath)) return d;
    const inner = d.path.slice(entry.documentPath.length).replace(/^\./, '');
    if (entry.documentPath.endsWith('.scenario') && inner === 'name') return { ...d, path: `scenarios[${index}].title` };
    const mapped = entry.fieldPath(inner);
    return { ...d, path: mapped === '' ? entry.documentPath : mapped.startsWith('[') ? `${entry.documentPath}${mapped}` : `${entry.documentPath}.${mapped}` };
  });
}
