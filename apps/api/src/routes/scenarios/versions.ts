// Locked versions, the baseline and the variance of a scenario (issue 18; docs/actuals.md):
// POST/GET /:id/versions, PUT /:id/baseline, GET /:id/variance.
import type { Projection } from '@tokenplan/model';
import { requireActor } from '../../auth/actor';
import { HttpError } from '../../errors';
import { ActualsRepository, MappingRepository } from '../../repositories/actuals';
import type { VersionRecord } from '../../repositories/versions';
import { VersionRepository } from '../../repositories/versions';
import type { ByteBudgetCache } from '../../scenarios/lru';
import { project, validateScenario } from '../../scenarios/model';
import { asProjectionBody, type ProjectionBody } from '../../schemas/projection';
import { varianceReport, type VarianceInput } from '../../exports/variance';
import type { Actor } from '../../auth/actor';
import { TAGS, type ScenarioApp } from './present';
import * as s from './schemas';
import * as v from './versionSchemas';
import type { Database } from '@tokenplan/db';

/**
 * What an export of a stored scenario needs for its variance page and sheet: its baseline version's
 * document and the actuals, or null without a baseline or without any actuals (issue 18).
 */
export async function varianceInput(db: Database, actor: Actor, scenarioId: string): Promise<VarianceInput | null> {
  const versions = new VersionRepository(db);
  const baseline = await versions.baselineOf(actor, scenarioId);
  if (baseline === null) return null;
  const facts = await new ActualsRepository(db).facts();
  if (facts.length === 0) return null;
  const [{ version, revision }, { rules }] = await Promise.all([versions.get(actor, scenarioId, baseline), new MappingRepository(db).get()]);
  return { versionName: version.name, document: revision.document, facts, rules };
}

const presentVersion = (r: VersionRecord) => ({ ...r, lockedAt: r.lockedAt.toISOString() });

export function registerVersionRoutes(app: ScenarioApp, db: Database, projections: ByteBudgetCache<ProjectionBody>): void {
  const versions = new VersionRepository(db);
  const actuals = new ActualsRepository(db);
  const mappings = new MappingRepository(db);

  app.post(
    '/:id/versions',
    {
      config: { auth: 'writer' },
      schema: { tags: TAGS, summary: 'Lock a revision as a named, immutable version (Budget, Forecast, …)', params: v.versionParams, body: v.lockBody, response: { 201: v.versionResponse, ...s.errorResponses } },
    },
    async (request, reply) => {
      const created = await versions.lock(requireActor(request), request.params.id, request.body);
      return reply.code(201).send({ version: presentVersion(created) });
    },
  );

  app.get(
    '/:id/versions',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'Locked versions, newest first, and the baseline', params: v.versionParams, response: { 200: v.versionListResponse, ...s.errorResponses } } },
    async (request) => {
      const listed = await versions.list(requireActor(request), request.params.id);
      return { versions: listed.versions.map(presentVersion), baselineVersionId: listed.baselineVersionId };
    },
  );

  app.put(
    '/:id/baseline',
    { config: { auth: 'writer' }, schema: { tags: TAGS, summary: 'Choose the version actuals are measured against (null: none)', params: v.versionParams, body: v.baselineBody, response: { 200: v.baselineResponse, ...s.errorResponses } } },
    async (request) => ({ baselineVersionId: await versions.setBaseline(requireActor(request), request.params.id, request.body.versionId) }),
  );

  app.get(
    '/:id/variance',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Plan (a locked version) vs actual spend: months, applications, teams, platforms; rolling forecast; exhaustion date',
        params: v.versionParams,
        querystring: v.varianceQuery,
        response: { 200: v.varianceResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const versionId = request.query.version ?? (await versions.baselineOf(actor, id));
      if (versionId === null) throw new HttpError(400, 'no_baseline', 'This scenario has no baseline version: lock a version and choose it as the baseline, or pass ?version=.');
      const { version, revision } = await versions.get(actor, id, versionId);
      const checked = validateScenario(revision.document);
      if (!checked.ok) throw new HttpError(409, 'scenario_incomplete', `The version's revision ${revision.version} is not a complete scenario.`);
      const scenario = checked.scenario;
      // Same cache entries as GET /:id/projection?revision=N: a locked revision never changes.
      const key = `${id}:${revision.version}`;
      let projection: Projection | undefined = projections.get(key);
      if (projection === undefined) {
        projection = asProjectionBody(project(scenario));
        projections.set(key, projection);
      }
      const [facts, { rules }] = await Promise.all([actuals.facts(), mappings.get()]);
      return { version: presentVersion(version), ...varianceReport(scenario, projection, facts, rules, request.query.rescale) };
    },
  );
}
