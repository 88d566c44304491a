import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI document at /api/docs/json and its UI at /api/docs, built from the routes' zod schemas. */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tokenplan API',
        description: 'Multi-year AI inference budgets: scenarios, projections, analysis and exports.',
        version: '1.0.0',
      },
    },
    transform: jsonSchemaTransform,
    // Schemas with a registered id (Projection, MonthRow, …) go to components.schemas, where their $refs point.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
