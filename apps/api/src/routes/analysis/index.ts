// /api/v1/analysis/{compare,tornado,montecarlo,goal-seek} on posted scenarios, and
// /api/v1/scenarios/:id/analysis/{tornado,montecarlo,goal-seek} on stored ones (spec §6, docs/api.md).
// Compare takes stored ({ id }) and posted ({ scenario }) scenarios side by side.
// Every analysis runs in the job pool (jobs/pool.ts: worker threads, time and memory limits, global
// and per-user caps answered with 503 + Retry-After); reads need a signed-in
// user; a stored scenario the caller may not read is 404, an incomplete draft 409.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  buildCalendar,
  Decimal,
  validateScenario,
  type GoalSeekResult,
  type MonteCarloResult,
  type Scenario,
} from '@tokenplan/model';
import { requireActor, type Actor } from '../../auth/actor';
import { HttpError, joinPath } from '../../errors';
import { ScenarioRepository } from '../../repositories/scenarios';
import type { RouteDeps } from '../deps';
import type { AnalysisTask } from '../../jobs/analysis';
import * as s from './schemas';

const TAGS = ['analysis'];


/** A posted scenario, validated by the model (400 naming each problem under `prefix`). */
function postedScenario(input: unknown, prefix: string): Scenario {
  const result = validateScenario(input);
  if (result.ok) return result.scenario;
  throw new HttpError(
    400,
    'validation_failed',
    `The scenario has ${result.issues.length} problem(s).`,
    result.issues.map(({ path, message }) => ({ path: joinPath(prefix, path), message })),
  );
}

/** A number of the float64 engine as a decimal string (null when not finite). */
function text(x: number | null): string | null {
  return x === null || !Number.isFinite(x) ? null : new Decimal(x).toFixed();
}

function monteCarloJson(scenario: Scenario, r: MonteCarloResult) {
  const fan = (f: { p10: number[]; p50: number[]; p90: number[] }) => ({ p10: f.p10.map(text), p50: f.p50.map(text), p90: f.p90.map(text) });
  const pct = (p: { p10: number | null; p50: number | null; p90: number | null }) => ({ p10: text(p.p10), p50: text(p.p50), p90: text(p.p90) });
  return {
    seed: r.seed,
    paths: r.paths,
    completedPaths: r.completedPaths,
    cancelled: r.cancelled,
    distributions: r.distributions,
    base: { npv: text(r.base.npv), irrAnnual: text(r.base.irrAnnual), paybackMonths: text(r.base.paybackMonths) },
    npv: { ...pct(r.npv), mean: text(r.npv.mean), min: text(r.npv.min), max: text(r.npv.max) },
    irrAnnual: { ...pct(r.irrAnnual), shareWithIrr: text(r.irrAnnual.shareWithIrr) ?? '0' },
    paybackMonths: pct(r.paybackMonths),
    probabilityPaybackWithinHorizon: text(r.probabilityPaybackWithinHorizon) ?? '0',
    npvHistogram: r.npvHistogram.map((b) => ({ from: text(b.from) ?? '0', to: text(b.to) ?? '0', count: b.count })),
    months: {
      labels: buildCalendar(scenario.start, scenario.horizonMonths, scenario.fiscalYearStartMonth).map((m) => m.label),
      cost: fan(r.months.cost),
      cashFlow: fan(r.months.cashFlow),
    },
  };
}

function goalSeekJson(r: GoalSeekResult) {
  return {
    ...r,
    range: {
      minFactor: text(r.range.minFactor) ?? '0',
      maxFactor: text(r.range.maxFactor) ?? '0',
      lowestValue: text(r.range.lowestValue),
      highestValue: text(r.range.highestValue),
    },
    closest: r.closest === null ? null : { factor: text(r.closest.factor) ?? '0', value: text(r.closest.value) ?? '0' },
  };
}

export const analysisRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, jobs }) => {
  const repo = new ScenarioRepository(db);

  async function storedScenario(actor: Actor, id: string, prefix: string): Promise<Scenario> {
    const record = await repo.require(actor, id);
    const result = validateScenario(record.document);
    if (result.ok) return result.scenario;
    throw new HttpError(
      409,
      'scenario_incomplete',
      `"${record.name}" is an incomplete draft: complete it to analyse it.`,
      result.issues.map((i) => ({ path: `${prefix}document${i.path === '' ? '' : `.${i.path}`}`, message: i.message })),
    );
  }

  const run = (actor: Actor, task: AnalysisTask) => jobs.run(actor.userId, { kind: 'analysis', task });

  app.post(
    '/api/v1/analysis/compare',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Compare 2–6 scenarios: KPIs, deltas against the first, buyer ratios',
        body: s.compareBody,
        response: { 200: s.compareResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const scenarios: Scenario[] = [];
      for (const [i, ref] of request.body.scenarios.entries()) {
        scenarios.push('id' in ref ? await storedScenario(actor, ref.id, `scenarios[${i}].`) : postedScenario(ref.scenario, `scenarios[${i}].scenario`));
      }
      return run(actor, { kind: 'compare', scenarios }) as Promise<s.CompareResponse>;
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
      task: (scenario: Scenario, options: Record<string, unknown>): AnalysisTask => ({ kind: 'tornado', scenario, options }),
      json: (_scenario: Scenario, result: unknown) => result,
    },
    {
      path: 'montecarlo',
      summary: 'Monte Carlo: seeded triangular draws on the drivers; P10/P50/P90, fans, NPV histogram',
      posted: s.monteCarloBody,
      stored: s.monteCarloOptionsBody,
      response: s.monteCarloResponse,
      task: (scenario: Scenario, options: Record<string, unknown>): AnalysisTask => ({ kind: 'montecarlo', scenario, options }),
      json: (scenario: Scenario, result: unknown) => monteCarloJson(scenario, result as MonteCarloResult),
    },
    {
      path: 'goal-seek',
      summary: 'Goal seek: the factor on one driver that brings one KPI to a target',
      posted: s.goalSeekBody,
      stored: s.goalSeekOptionsBody,
      response: s.goalSeekResponse,
      task: (scenario: Scenario, options: Record<string, unknown>): AnalysisTask =>
        ({ kind: 'goalSeek', scenario, options: options as unknown as Extract<AnalysisTask, { kind: 'goalSeek' }>['options'] }),
      json: (_scenario: Scenario, result: unknown) => goalSeekJson(result as GoalSeekResult),
    },
  ] as const;

  for (const a of analyses) {
    app.post(
      `/api/v1/analysis/${a.path}`,
      { config: { auth: 'user' }, schema: { tags: TAGS, summary: a.summary, body: a.posted, response: { 200: a.response, ...s.errorResponses } } },
      async (request) => {
        const actor = requireActor(request);
        const { scenario: input, ...options } = request.body as { scenario: unknown } & Record<string, unknown>;
        const scenario = postedScenario(input, 'scenario');
        return a.json(scenario, await run(actor, a.task(scenario, options))) as never;
      },
    );
    app.post(
      `/api/v1/scenarios/:id/analysis/${a.path}`,
      {
        config: { auth: 'user' },
        schema: { tags: TAGS, summary: `${a.summary} (stored scenario)`, params: s.idParams, body: a.stored, response: { 200: a.response, ...s.errorResponses } },
      },
      async (request) => {
        const actor = requireActor(request);
        const scenario = await storedScenario(actor, request.params.id, '');
        return a.json(scenario, await run(actor, a.task(scenario, request.body as Record<string, unknown>))) as never;
      },
    );
  }
};
