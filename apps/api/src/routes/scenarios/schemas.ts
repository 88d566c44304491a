// Request and response schemas of /api/v1/scenarios. Bodies and query strings are strict: an unknown
// field is a 400 naming it, never silently dropped. Responses list every field: nothing else leaks.
import { z } from 'zod';
import { errorBodySchema } from '../../errors';
import { projectionSchema } from '../../schemas/projection';
import { safeText, type SafeTextOptions } from '@tokenplan/model';
import { queryInt } from '../numbers';
import { documentSchema } from '../../scenarios/documentSchema';

/** Typed text: no lone surrogate, NUL or control character (line breaks and tabs where `multiline`). */
const storableText = (max: number, options: SafeTextOptions = {}) => safeText(options).max(max);

export const visibilitySchema = z.enum(['PRIVATE', 'WORKSPACE']).meta({
  description: 'PRIVATE: only the owner sees it. WORKSPACE: every signed-in user can read and edit it.',
});

export { documentSchema };

const messageSchema = storableText(500, { multiline: true }).optional().meta({ description: 'Revision message shown in the history.' });
const nameSchema = storableText(120).pipe(z.string().trim().min(1));

// Int4 columns: anything larger is not a version we could have written.
const versionNumber = queryInt(1, 2_147_483_647);

export const idParams = z.strictObject({ id: z.uuid() });
export const revisionParams = z.strictObject({ id: z.uuid(), version: versionNumber });

export const createBody = z.strictObject({
  document: documentSchema,
  draft: z.boolean().default(false).meta({ description: 'Save incomplete: stored as sent, missing fields reported.' }),
  visibility: visibilitySchema.default('PRIVATE'),
  message: messageSchema,
});

export const fromTemplateBody = z.strictObject({
  templateId: z.string().min(1).max(100),
  visibility: visibilitySchema.default('PRIVATE'),
});

export const putBody = z.strictObject({
  document: documentSchema,
  draft: z.boolean().default(false),
  visibility: visibilitySchema.optional().meta({ description: 'Unchanged when omitted. Only the owner may change it.' }),
  message: messageSchema,
});

export const patchBody = z
  .strictObject({
    name: nameSchema.optional().meta({ description: 'Renames the scenario (sets document.name).' }),
    document: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'JSON Merge Patch (RFC 7396) applied to the stored document: null deletes a field, arrays replace.' }),
    draft: z.boolean().optional(),
    visibility: visibilitySchema.optional(),
    message: messageSchema,
  })
  .refine((b) => b.name !== undefined || b.document !== undefined || b.draft !== undefined || b.visibility !== undefined, {
    message: 'Send at least one of name, document, draft, visibility.',
  });

export const duplicateBody = z.strictObject({ name: nameSchema.optional() }).nullish();
export const restoreRevisionBody = z.strictObject({ message: messageSchema }).nullish();

const limit = queryInt(1, 100).default(20);
const offset = queryInt(0, 1_000_000).default(0);

export const listQuery = z.strictObject({
  search: storableText(120).optional().meta({ description: 'Case-insensitive substring of the name.' }),
  scope: z.enum(['all', 'mine', 'shared']).default('all'),
  sort: z.enum(['updatedAt', 'createdAt', 'name']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit,
  offset,
});

export const pageQuery = z.strictObject({ limit, offset });

export const diffQuery = z.strictObject({
  from: versionNumber,
  to: versionNumber.optional().meta({ description: 'Defaults to the current version.' }),
});

export const projectionQuery = z.strictObject({
  revision: versionNumber.optional().meta({ description: 'Project this revision instead of the current version.' }),
});

export const exportQuery = z.strictObject({
  ids: z
    .string()
    .max(37 * 500)
    .optional()
    .meta({ description: 'Comma-separated ids of scenarios you can read; all your own scenarios when omitted (at most 500).' }),
});

export const importQuery = z.strictObject({
  onNameConflict: z
    .enum(['rename', 'fail'])
    .default('rename')
    .meta({ description: 'rename: "Name (2)"; fail: 409 and nothing imported.' }),
});

// ---- responses ------------------------------------------------------------------------------------

export const issueSchema = z.object({ code: z.string(), path: z.string(), message: z.string() });

export const scenarioSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  visibility: visibilitySchema,
  draft: z.boolean(),
  version: z.int(),
  etag: z.string().meta({ description: 'Strong ETag of this version: send it as If-Match to change the scenario.' }),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedById: z.string().nullable(),
  deletedAt: z.string().nullable(),
  sharing: z.object({
    workspaceRole: z.enum(['VIEWER', 'EDITOR']).meta({ description: 'With visibility WORKSPACE: what members may do.' }),
    people: z.int().optional().meta({ description: 'How many members it is shared with by name (GET /:id/sharing lists them).' }),
    yourRole: z.enum(['VIEWER', 'EDITOR']).nullable().optional().meta({ description: 'Your own share, if any.' }),
  }),
  permissions: z.object({
    edit: z.boolean().meta({ description: 'May change the document.' }),
    manage: z.boolean().meta({ description: 'May delete, restore or change visibility.' }),
  }),
});

export const scenarioSchema = scenarioSummarySchema.extend({
  document: documentSchema,
  issues: z.array(issueSchema).optional().meta({ description: 'Drafts only: every validation problem left.' }),
  missing: z.array(z.string()).optional().meta({ description: 'Drafts only: paths of required fields still missing.' }),
});

export const listResponse = z.object({
  items: z.array(scenarioSummarySchema),
  total: z.int(),
  limit: z.int(),
  offset: z.int(),
});

export const revisionSummarySchema = z.object({
  version: z.int(),
  message: z.string().nullable(),
  authorId: z.string(),
  createdAt: z.string(),
});

export const revisionSchema = revisionSummarySchema.extend({ scenarioId: z.string(), document: documentSchema });

export const revisionListResponse = z.object({
  items: z.array(revisionSummarySchema),
  total: z.int(),
  limit: z.int(),
  offset: z.int(),
});

export const diffResponse = z.object({
  from: z.int(),
  to: z.int(),
  changes: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(['added', 'removed', 'changed']),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
    }),
  ),
});

export const deletedResponse = z.object({
  id: z.string(),
  deletedAt: z.string(),
  restorableUntil: z.string(),
});

export const projectionResponse = z.object({
  scenarioId: z.string(),
  version: z.int(),
  projection: projectionSchema,
});

export const templateListResponse = z.object({
  items: z.array(
    z.object({ id: z.string(), title: z.string(), description: z.string(), scenarioNames: z.array(z.string()) }),
  ),
});

export const createdManyResponse = z.object({
  items: z.array(scenarioSchema),
  migratedFrom: z.int().nullable().optional().meta({ description: 'Import only: the schemaVersion the file was migrated from.' }),
});

export const staleResponse = errorBodySchema.extend({
  current: scenarioSchema.meta({ description: 'The scenario as it is now; its ETag is in the ETag header.' }),
});

export const notModified = z.null().meta({ description: 'Not modified: your copy (If-None-Match) is current.' });

export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
  415: errorBodySchema,
} as const;

export const writeErrorResponses = {
  ...errorResponses,
  412: staleResponse,
  428: errorBodySchema,
} as const;
