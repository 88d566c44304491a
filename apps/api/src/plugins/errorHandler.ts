import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { formatPath } from '@tokenplan/model';
import { errorBody, HttpError } from '../errors';

/**
 * Central error and not-found handling. 4xx carry their details; a 5xx is logged in full and answered
 * with a generic message, so nothing internal leaks.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // fastify-type-provider-zod 7 gives instancePath (`/a/0/b`, `/` for the body itself), the zod message,
      // and the other fields in params.
      const details = error.validation.flatMap((v) => {
        const segments = v.instancePath === '/' ? [] : v.instancePath.split('/').slice(1);
        const path = segments.map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
        const keys = v.params.keys;
        if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
          return keys.map((key) => ({ path: formatPath([...path, String(key)]), message: 'Unknown field.' }));
        }
        return [{ path: formatPath(path), message: v.message ?? 'Invalid value.' }];
      });
      const where = error.validationContext ?? 'request';
      return reply.code(400).send(errorBody('validation_failed', `Invalid ${where}: ${details.length} problem(s).`, details));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'payload_too_large' : (error.code?.toLowerCase() ?? 'bad_request');
      return reply.code(status).send(errorBody(code, error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('internal_error', 'Something went wrong on our side. The error has been logged.'));
  });
}
