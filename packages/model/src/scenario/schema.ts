/**
 * The Scenario schema: the fields of objectSchema.ts plus the cross-checks between lists
 * (duplicate ids, ids that do not resolve, missing throughput, the several-field limits),
 * which run on the root once every field is valid.
 * The schema converts to JSON Schema: `z.toJSONSchema(scenarioSchema, { io: 'input' })`.
 */
import { crossCheckScenario } from './crossChecks';
import { scenarioObjectSchema } from './objectSchema';

export * from './objectSchema';

/** The Scenario schema: fields, ranges, defaults, and the cross-checks between lists. */
export const scenarioSchema = scenarioObjectSchema.superRefine((scenario, ctx) => {
  for (const issue of crossCheckScenario(scenario)) {
    ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, params: { code: issue.code } });
  }
});
