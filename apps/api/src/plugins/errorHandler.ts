import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
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
      const known = FASTIFY_ERRORS[error.code];
      return reply.code(status).send(errorBody(known?.code ?? codeForStatus(status), known?.message ?? error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(INTERNAL_ERROR);
  });
}

const INTERNAL_ERROR = errorBody('internal_error', 'Something went wrong on our side. The error has been logged.');

/** Fastify's own client errors, in our words (its messages name internals or echo the URL). */
const FASTIFY_ERRORS: Record<string, { code: string; message: string } | undefined> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is larger than the route accepts (1 MiB; 12 MiB for an actuals import).' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'Send the body as JSON (Content-Type: application/json).' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_json', message: 'The request body is empty but its Content-Type says JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'Content-Length does not match the body sent.' },
  FST_ERR_BAD_URL: { code: 'bad_url', message: 'The URL path is not valid percent-encoding.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'uri_too_long', message: 'A segment of the URL path is too long.' },
  FST_ERR_NOT_FOUND: { code: 'not_found', message: 'Not found.' },
};

/** Our code for a 4xx that carries no code of ours. */
function codeForStatus(status: number): string {
  const codes: Record<number, string> = {
    404: 'not_found',
    405: 'method_not_allowed',
    408: 'request_timeout',
    413: 'payload_too_large',
    414: 'uri_too_long',
    415: 'unsupported_media_type',
    429: 'rate_limited',
    431: 'headers_too_large',
  };
  return codes[status] ?? 'bad_request';
}

/**
 * Fastify's `frameworkErrors` option: errors found while routing (bad percent-encoding, a path
 * parameter over maxParamLength, a failing async constraint), which never reach the error handler.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  const known = FASTIFY_ERRORS[error.code];
  if (status >= 500 || !known) {
    request.log.error({ err: error }, 'routing failed');
    void reply.code(500).send(INTERNAL_ERROR);
    return;
  }
  void reply.code(status).send(errorBody(known.code, known.message));
}

/**
 * The raw server's `clientError` (Fastify's `clientErrorHandler` option): requests Node's HTTP parser
 * refuses before Fastify sees them. Answers with our error body, written by hand on the socket.
 */
export const clientErrorHandler: NonNullable<FastifyServerOptions['clientErrorHandler']> = function (this: FastifyInstance, error, socket) {
  if ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body] = clientErrorAnswer(error);
  this.log.debug({ err: error }, 'client error');
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const json = JSON.stringify(body);
  (socket as Socket).end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
};

// A request line still unfinished in the packet that overflowed: the URL, not the headers, is too long.
const UNFINISHED_REQUEST_LINE = /^[A-Z]+ [^\r\n]*$/;

function clientErrorAnswer(error: { code?: string; rawPacket?: unknown }): [number, ReturnType<typeof errorBody>] {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, errorBody('request_timeout', 'The request took too long to arrive.')];
    case 'HPE_HEADER_OVERFLOW': {
      const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
      if (UNFINISHED_REQUEST_LINE.test(packet)) return [414, errorBody('uri_too_long', 'The URL is longer than the server accepts (16 KiB with the headers).')];
      return [431, errorBody('headers_too_large', 'The request headers are larger than the server accepts (16 KiB).')];
    }
    default:
      return [400, errorBody('bad_request', 'The request is not valid HTTP.')];
  }
}
