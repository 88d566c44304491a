// /api/v1/analysis/{compare,tornado,montecarlo,goal-seek} on posted scenarios, and
// /api/v1/scenarios/:id/analysis/{tornado,montecarlo,goal-seek} on stored ones (spec §6, docs/api.md).
// Compare takes stored ({ id }) and posted ({ scenario }) scenarios side by side.
// The route reads stored scenarios; validation, the analysis and the response body are a job of the
// pool (jobs/analysis.ts: worker threads, time and memory limits, 503 + Retry-After when full).
// Reads need a signed-in user; a stored scenario the caller may not read is 404, an incomplete draft 409.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, type Actor } from '../../auth/actor';
import type { AnalysisTask, ScenarioInput } from '../../jobs/analysis';
import { jobOwner } from '../../jobs/pool';
import { offload } from '../../queue/routes';
import { ScenarioRepository } from '../../repositories/scenarios';
import type { RouteDeps } from '../deps';
import * as s from './schemas';

const TAGS = ['analysis'];

export const analysisRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, jobs }) => {
  const repo = new ScenarioRepository(db);

  /** A stored scenario the actor may read (404 otherwise); `prefix` names it in a compare request. */
  async function storedScenario(actor: Actor, id: string, prefix: string): Promise<ScenarioInput> {
    const record = await repo.require(actor, id);
    return { document: record.document, prefix, stored: { name: record.name } };
  }

  /** Runs the analysis on the place the request took before its body was read (pool.ts), or queues it (`Prefer: respond-async`, 202). */
  const run = async (request: FastifyRequest, actor: Actor, task: AnalysisTask, reply?: FastifyReply): Promise<unknown> => {
    if (reply && (await offload(request, reply, actor.userId, { kind: 'analysis', task }))) return reply;
    return jobs.run(jobOwner(request, actor), { kind: 'analysis', task });
  };

  app.post(
    '/api/v1/analysis/compare',
    {
      config: { auth: 'user', job: true },
      schema: {
        tags: TAGS,
        summary: 'Compare 2–6 scenarios: KPIs, deltas against the first, buyer ratios',
        body: s.compareBody,
        response: { 200: s.compareResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const scenarios: ScenarioInput[] = [];
      for (const [i, ref] of request.body.scenarios.entries()) {
        scenarios.push('id' in ref ? await storedScenario(actor, ref.id, `scenarios[${i}].`) : { document: ref.scenario, prefix: `scenarios[${i}].scenario` });
      }
      return (await run(request, actor, { kind: 'compare', scenarios })) as s.CompareResponse;
    },
  );

  // Tornado, Monte Carlo and goal seek: posted (/api/v1/analysis/…) and stored (/api/v1/scenarios/:id/analysis/…).
  const analyses = [
    {
      path: 'tornado',
      summary: 'Tornado: each driver × (1 ± swing), the KPI at both ends, sorted by spread',
      posted: s.tornadoBody,
      stored: s.tornadoOptionsBody,
      response: s.tornadoResponse,
      task: (scenario: ScenarioInput, options: Record<string, unknown>): AnalysisTask => ({ kind: 'tornado', scenario, options }),
    },
    {
      path: 'montecarlo',
      summary: 'Monte Carlo: seeded triangular draws on the drivers; P10/P50/P90, fans, NPV histogram',
      posted: s.monteCarloBody,
      stored: s.monteCarloOptionsBody,
      response: s.monteCarloResponse,
      task: (scenario: ScenarioInput, options: Record<string, unknown>): AnalysisTask => ({ kind: 'montecarlo', scenario, options }),
    },
    {
      path: 'goal-seek',
      summary: 'Goal seek: the factor on one driver that brings one KPI to a target',
      posted: s.goalSeekBody,
      stored: s.goalSeekOptionsBody,
      response: s.goalSeekResponse,
      task: (scenario: ScenarioInput, options: Record<string, unknown>): AnalysisTask =>
        ({ kind: 'goalSeek', scenario, options: options as unknown as Extract<AnalysisTask, { kind: 'goalSeek' }>['options'] }),
    },
  ] as const;

  for (const a of analyses) {
    app.post(
      `/api/v1/analysis/${a.path}`,
      { config: { auth: 'user', job: true }, schema: { tags: TAGS, summary: a.summary, body: a.posted, response: { 200: a.response, ...s.errorResponses } } },
      async (request, reply) => {
        const actor = requireActor(request);
        const { scenario, ...options } = request.body as { scenario: unknown } & Record<string, unknown>;
        return (await run(request, actor, a.task({ document: scenario, prefix: 'scenario' }, options), reply)) as never;
      },
    );
    app.post(
      `/api/v1/scenarios/:id/analysis/${a.path}`,
      {
        config: { auth: 'user', job: true },
        schema: { tags: TAGS, summary: `${a.summary} (stored scenario)`, params: s.idParams, body: a.stored, response: { 200: a.response, ...s.errorResponses } },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const scenario = await storedScenario(actor, request.params.id, '');
        return (await run(request, actor, a.task(scenario, request.body as Record<string, unknown>), reply)) as never;
      },
    );
  }
};
