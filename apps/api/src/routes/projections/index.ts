// POST /api/v1/projections: a Scenario in, its Projection out (spec §7). Validation is the model's
// own validateScenario (fields, ranges and cross-checks), so the API and the editor say the same thing.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scenarioSchema, validateScenario } from '@tokenplan/model';
import { project } from '../../scenarios/model';
import { HttpError } from '../../errors';
import { asProjectionBody, projectionSchema } from '../../schemas/projection';
import { errors } from '../schemas';

export const projectionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/projections',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['projections'],
        summary: 'Project a scenario month by month (not stored)',
        description:
          'Body: a Scenario (spec §2; numbers as JSON numbers or decimal strings). Answer: the Projection, every computed value a decimal string. Invalid input: 400 with one detail per problem ({ path, message }).',
        body: scenarioSchema,
        response: { 200: projectionSchema, ...errors },
      },
      // The body is checked by validateScenario below, which also runs the cross-checks and words every message.
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (request) => {
      const result = validateScenario(request.body as unknown);
      if (!result.ok) {
        throw new HttpError(
          400,
          'validation_failed',
          `The scenario has ${result.issues.length} problem(s).`,
          result.issues.map(({ path, message }) => ({ path, message })),
        );
      }
      return asProjectionBody(project(result.scenario));
    },
  );
};
