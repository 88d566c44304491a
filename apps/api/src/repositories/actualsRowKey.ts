// An actual row's key: the sha256 of the parser's identity of the row (request id, charge period +
// resource + …), unique among stored rows. Its own module, free of the database, so the job pool's
// workers (jobs/actualsJob.ts) compute the keys of a file's rows where they parsed them.
import { createHash } from 'node:crypto';
import type { ParsedActualRow } from '@tokenplan/model';

export function rowKeyOf(row: Pick<ParsedActualRow, 'identity'>): string {
  return createHash('sha256').update(row.identity).digest('hex');
}
