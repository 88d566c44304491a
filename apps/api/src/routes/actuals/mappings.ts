// GET/PUT /api/v1/actuals/mappings (ordered rules, ETag + If-Match) and GET /api/v1/actuals/months.
import { monthlyActuals } from '@tokenplan/model';
import { requireActor } from '../../auth/actor';
import { HttpError } from '../../errors';
import { rulesEtag, versionFromEtag, type ActualsRepository, type MappingRepository } from '../../repositories/actuals';
import { presentMonth } from './present';
import * as s from './schemas';
import type { ActualsApp } from './present';

const TAGS = ['actuals'];

export function registerMappingRoutes(app: ActualsApp, repo: ActualsRepository, mappings: MappingRepository): void {
  app.get(
    '/mappings',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'Mapping rules in order (first match wins), with their ETag', response: { 200: s.rulesResponse, ...s.errors } } },
    async (_request, reply) => {
      const { rules, version } = await mappings.get();
      const etag = rulesEtag(version);
      return reply.header('etag', etag).send({ rules, etag });
    },
  );

  app.put(
    '/mappings',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Replace the mapping rules (If-Match: the ETag from GET; stale → 412)',
        body: s.putRulesBody,
        response: { 200: s.rulesResponse, ...s.errors, 412: s.errors[400], 428: s.errors[400] },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const header = request.headers['if-match'];
      if (header === undefined) throw new HttpError(428, 'precondition_required', 'Send If-Match with the ETag of the rules you edited (GET /api/v1/actuals/mappings).');
      const expected = versionFromEtag(header);
      if (expected === null) throw new HttpError(412, 'stale_mappings', 'If-Match does not name a version of the mapping rules. Reload them and retry.');
      const { rules, version } = await mappings.put(actor, expected, request.body.rules);
      const etag = rulesEtag(version);
      return reply.header('etag', etag).send({ rules, etag });
    },
  );

  app.get(
    '/months',
    {
      config: { auth: 'user' },
      schema: { tags: TAGS, summary: 'Actual spend per month, mapped by the current rules (unmapped kept)', querystring: s.monthsQuery, response: { 200: s.monthsResponse, ...s.errors } },
    },
    async (request) => {
      const [facts, { rules }] = await Promise.all([repo.facts(request.query), mappings.get()]);
      return { months: monthlyActuals(facts, rules).map(presentMonth) };
    },
  );
}
