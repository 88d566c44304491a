// Request and response schemas of /api/v1/actuals (issue 18; docs/api.md "Actuals and variance").
// Money and tokens are decimal strings. Bodies and query strings are strict.
import { z } from 'zod';
import { ACTUALS_FORMATS, ID_PATTERN, MAPPING_SOURCES, safeText } from '@tokenplan/model';
import { errorBodySchema } from '../../errors';

/** The largest file an import takes (the file's text, in UTF-16 code units ≈ characters). */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;
/** The import route's body limit: the file as a JSON string (escaped quotes and newlines) plus the rest. */
export const IMPORT_BODY_LIMIT = 12 * 1024 * 1024;

const decimal = z.string().meta({ description: 'A decimal string (exact).' });
const monthLabel = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM' });
const targetId = z.string().regex(ID_PATTERN, { error: 'must be an id ([A-Za-z0-9_-], 1 to 100 characters)' });

export const targetSchema = z.union([z.strictObject({ application: targetId }), z.strictObject({ platform: targetId })]).meta({ description: '{ application: id } or { platform: id }' });
export const formatSchema = z.enum(ACTUALS_FORMATS);

export const importQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').meta({ description: 'true: parse and preview, store nothing.' }),
});
export const importBody = z.strictObject({
  format: formatSchema,
  fileName: safeText().trim().min(1).max(255),
  content: z.string().max(MAX_IMPORT_CHARS, { error: 'the file is larger than 10 MB' }).meta({ description: "The file's text (≤ 10 MB)." }),
});

const issueSchema = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
const amount = { cost: decimal, tokens: decimal };
const byTargetSchema = z.object({ target: targetSchema.nullable(), ...amount, rows: z.number().int() });

export const previewResponse = z.object({
  preview: z.object({
    format: formatSchema,
    rows: z.number().int(),
    newRows: z.number().int(),
    duplicateRows: z.number().int(),
    months: z.array(z.string()),
    totals: z.object(amount),
    byTarget: z.array(byTargetSchema),
    unmapped: z.object({ ...amount, rows: z.number().int(), samples: z.array(z.object({ row: z.number().int(), dimensions: z.record(z.string(), z.unknown()) })) }),
    errors: z.array(issueSchema),
  }),
});

export const importSchema = z.object({
  id: z.string(),
  format: formatSchema,
  fileName: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
  rows: z.number().int(),
  insertedRows: z.number().int(),
  duplicateRows: z.number().int(),
  totals: z.object(amount),
});
export const importResponse = z.object({ import: importSchema });
export const importListResponse = z.object({ imports: z.array(importSchema) });

/** 400 for a file with bad rows: the project's error body plus the rows (nothing was stored). */
export const invalidFileSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    issues: z.array(issueSchema).optional(),
  }),
});

export const ruleInput = z
  .strictObject({
    id: z.string().max(100).optional(),
    source: z.enum(MAPPING_SOURCES),
    key: safeText().trim().min(1).max(200).nullable().default(null).meta({ description: 'The tag key for source "tag" (null: any tag); ignored for other sources.' }),
    value: safeText().trim().min(1).max(500),
    target: targetSchema,
  });
export const ruleSchema = z.object({ id: z.string(), source: z.enum(MAPPING_SOURCES), key: z.string().nullable(), value: z.string(), target: targetSchema });
export const putRulesBody = z.strictObject({ rules: z.array(ruleInput).max(1000) });
export const rulesResponse = z.object({ rules: z.array(ruleSchema), etag: z.string() });

export const monthsQuery = z.strictObject({ from: monthLabel.optional(), to: monthLabel.optional() });
export const monthsResponse = z.object({
  months: z.array(z.object({ month: z.string(), ...amount, rows: z.number().int(), byTarget: z.array(byTargetSchema), unmapped: z.object({ ...amount, rows: z.number().int() }) })),
});

export const idParams = z.strictObject({ id: z.uuid() });
export const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 413: errorBodySchema, 429: errorBodySchema } as const;
