// Templates: the sourced presets a scenario (or a comparison pair) can be created from.
import { requireActor } from '../../auth/actor';
import { HttpError } from '../../errors';
import type { CreateInput, ScenarioRepository } from '../../repositories/scenarios';
import { prepareDocument } from '../../scenarios/documents';
import { findPreset, PRESETS } from '../../scenarios/model';
import { present, TAGS, type ScenarioApp } from './present';
import * as s from './schemas';

export function registerTemplateRoutes(app: ScenarioApp, repo: ScenarioRepository): void {
  app.get(
    '/templates',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Templates a scenario can be created from (sourced presets)',
        response: { 200: s.templateListResponse, ...s.errorResponses },
      },
    },
    async () => ({
      items: PRESETS.map((p) => ({
        id: p.id,
        title: p.title,
        description: p.description,
        scenarioNames: p.scenarios.map((d) => String(d['name'])),
      })),
    }),
  );

  app.post(
    '/from-template',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Create the scenario(s) of a template (a pair for comparison templates)',
        body: s.fromTemplateBody,
        response: { 201: s.createdManyResponse, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const preset = findPreset(request.body.templateId);
      if (!preset) {
        throw new HttpError(404, 'not_found', `No template "${request.body.templateId}".`, [
          { path: 'templateId', message: `must be one of ${PRESETS.map((p) => `"${p.id}"`).join(', ')}` },
        ]);
      }
      const inputs: CreateInput[] = preset.scenarios.map((doc) => ({
        ...prepareDocument(doc, false),
        visibility: request.body.visibility,
        message: `Created from template "${preset.title}"`,
        origin: { templateId: preset.id },
      }));
      const created = await repo.createMany(actor, inputs, 'rename', (i) => `templateId(scenario ${i + 1})`);
      return reply.code(201).send({ items: created.map((r) => present(actor, r)) });
    },
  );
}
