// POST /api/v1/claims/check (issue 22): a preset vendor claim or a typed one, checked against the
// reference library and, with `scenarioId`, against that stored scenario's projection. Pure model
// work (packages/model/src/claims): no job pool, a projection of one scenario at most.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CLAIM_PRESETS, checkClaim, claimSchema, findClaimPreset, referenceClaimLibrary, scenarioFigures, type ScenarioFigures } from '@tokenplan/model';
import { requireActor, type Actor } from '../auth/actor';
import { HttpError } from '../errors';
import { ScenarioRepository } from '../repositories/scenarios';
import { project, validateScenario } from '../scenarios/model';
import type { RouteDeps } from './deps';
import { errors } from './schemas';

const PRESET_IDS = CLAIM_PRESETS.map((p) => p.id) as [string, ...string[]];

export const claimCheckBody = z
  .strictObject({
    preset: z.enum(PRESET_IDS).optional().meta({ description: 'A preset vendor claim (GET the list from the claim screen; ids: ' + PRESET_IDS.join(', ') + ').' }),
    claim: claimSchema.optional().meta({ description: 'A typed claim: costPerMTokens, revenueMultiple or tokensPerMw.' }),
    scenarioId: z.uuid().optional().meta({ description: 'A stored scenario to hold the claim against (its projection).' }),
  })
  .superRefine((body, ctx) => {
    if ((body.preset === undefined) === (body.claim === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['claim'], message: 'Give either a preset or a claim, not both and not neither.' });
    }
  });

const figure = z.object({ key: z.string(), label: z.string(), value: z.string().nullable(), unit: z.string(), formula: z.string().optional() });
const reference = z.looseObject({ id: z.string(), subject: z.string(), value: z.string(), unit: z.string(), asOf: z.string(), source: z.looseObject({ url: z.string() }) });
export const claimCheckResponse = z.object({
  presetId: z.string().nullable(),
  claim: z.record(z.string(), z.unknown()),
  title: z.string(),
  statement: z.string(),
  implied: z.array(figure),
  library: z.array(z.object({ reference, figure, verdict: z.enum(['consistent', 'stretch', 'outOfReach', 'info']), note: z.string() })),
  scenario: z.object({ id: z.string(), name: z.string(), rows: z.array(z.object({ platformId: z.string(), platformName: z.string(), figures: z.array(figure), note: z.string() })) }).nullable(),
  inputs: z.array(figure),
  verdict: z.string(),
  scenarioDocument: z.record(z.string(), z.unknown()).meta({ description: 'A Scenario built from the inputs that make the claim true: POST it to /api/v1/scenarios as `document`.' }),
});

export const claimRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  const repo = new ScenarioRepository(db);

  async function figuresOf(actor: Actor, id: string): Promise<ScenarioFigures> {
    const record = await repo.require(actor, id);
    const result = validateScenario(record.document);
    if (!result.ok) {
      throw new HttpError(409, 'scenario_incomplete', 'The scenario is an incomplete draft: complete it to hold a claim against it.',
        result.issues.map((i) => ({ path: `document.${i.path}`.replace(/\.$/, ''), message: i.message })));
    }
    return scenarioFigures(result.scenario, project(result.scenario));
  }

  app.post(
    '/api/v1/claims/check',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['claims'],
        summary: 'Check a vendor claim: what it implies, against the reference library and a scenario',
        description: 'Body: { preset } or { claim }, optionally { scenarioId }. Answer: the implied $/GPU-hour, busy share, revenue per GPU-hour or throughput; each library reference beside it; the inputs that make it true and a scenario document built from them.',
        body: claimCheckBody,
        response: { 200: claimCheckResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { preset: presetId, claim, scenarioId } = request.body;
      const preset = presetId === undefined ? undefined : findClaimPreset(presetId);
      const input = preset?.claim ?? claim;
      if (input === undefined) throw new HttpError(400, 'validation_failed', 'Give either a preset or a claim.', [{ path: 'claim', message: 'Required.' }]);
      const figures = scenarioId === undefined ? null : await figuresOf(actor, scenarioId);
      const result = checkClaim(input, referenceClaimLibrary(), figures, preset?.title);
      return {
        ...result,
        presetId: preset?.id ?? null,
        claim: result.claim as unknown as Record<string, unknown>,
        implied: [...result.implied],
        inputs: [...result.inputs],
        library: result.library.map((row) => ({ ...row, reference: { ...row.reference } })),
        scenario: result.scenario && scenarioId ? { id: scenarioId, name: result.scenario.name, rows: result.scenario.rows.map((r) => ({ ...r, figures: [...r.figures] })) } : null,
      };
    },
  );
};
