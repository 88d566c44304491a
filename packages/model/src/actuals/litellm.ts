/**
 * LiteLLM spend logs (/spend/logs, the LiteLLM_SpendLogs table): a JSON array of records, or a CSV
 * with the same column names. One record per request: the row key is its request_id.
 * month ← startTime; cost ← spend; tokens ← prompt_tokens + completion_tokens (total_tokens when
 * neither is given); dimensions ← model (or model_group), team (metadata.user_api_key_team_alias,
 * else team_id), key (metadata.user_api_key_alias, else api_key), request_tags ("key:value" tags
 * also become tags). metadata and request_tags may be JSON text (CSV). Other fields are ignored.
 */
import { Decimal } from '../decimal';
import { decimalOf, Issues, monthOf, parseJson, readCsv, textOf, tokensText } from './fields';
import { formatHint } from './detect';
import type { ActualDimensions, ActualsIssue, ActualsParseResult, ParsedActualRow } from './types';

type Rec = Record<string, unknown>;

function wrongFormat(message: string, content: string): ActualsParseResult {
  return { format: 'litellm', rows: [], errors: [{ row: 1, field: '', message: `${message}${formatHint(content, 'litellm')}` }] };
}

function jsonField(value: unknown, what: string): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  try {
    return parseJson(value);
  } catch {
    throw new Error(`is not valid JSON ${what}`);
  }
}

/** request_tags: an array of strings (or its JSON text). */
function requestTagsOf(value: unknown): string[] {
  const parsed = jsonField(value, 'array');
  if (parsed === undefined || parsed === null) return [];
  if (!Array.isArray(parsed)) throw new Error('is not an array of tags');
  return parsed.map((t) => textOf(t)).filter((t): t is string => t !== undefined);
}

function readRecord(rec: Rec, row: number, issues: Issues): ParsedActualRow | null {
  const before = issues.count;
  const read = <T>(field: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      issues.add(row, field, `${field} ${(e as Error).message}`);
      return undefined;
    }
  };
  const requestId = textOf(rec.request_id);
  if (requestId === undefined) issues.add(row, 'request_id', 'request_id is missing');
  const month = read('startTime', () => monthOf(rec.startTime ?? rec.start_time));
  const spend = read('spend', () => decimalOf(rec.spend));
  if (spend === null) issues.add(row, 'spend', 'spend is missing');
  const prompt = read('prompt_tokens', () => decimalOf(rec.prompt_tokens));
  const completion = read('completion_tokens', () => decimalOf(rec.completion_tokens));
  const total = read('total_tokens', () => decimalOf(rec.total_tokens));
  const metadata = read('metadata', () => jsonField(rec.metadata, 'object'));
  const requestTags = read('request_tags', () => requestTagsOf(rec.request_tags));
  if (issues.count > before || requestId === undefined || month === undefined || !spend) return null;

  const tokens = tokensText(prompt || completion ? new Decimal(prompt ?? 0).plus(completion ?? 0) : (total ?? '0'));
  const meta: Rec = metadata && typeof metadata === 'object' && !Array.isArray(metadata) ? (metadata as Rec) : {};
  const dimensions: ActualDimensions = {};
  const model = textOf(rec.model) ?? textOf(rec.model_group);
  const team = textOf(meta.user_api_key_team_alias) ?? textOf(rec.team_id) ?? textOf(meta.user_api_key_team_id);
  const key = textOf(meta.user_api_key_alias) ?? textOf(rec.api_key) ?? textOf(meta.user_api_key);
  if (model !== undefined) dimensions.model = model;
  if (team !== undefined) dimensions.team = team;
  if (key !== undefined) dimensions.key = key;
  if (requestTags && requestTags.length > 0) {
    dimensions.requestTags = requestTags;
    const tags: Record<string, string> = {};
    for (const tag of requestTags) {
      const at = tag.indexOf(':');
      if (at > 0) tags[tag.slice(0, at).trim()] = tag.slice(at + 1).trim(); // parts of textOf()'s storable text
    }
    if (Object.keys(tags).length > 0) dimensions.tags = tags;
  }
  return { row, identity: JSON.stringify(['litellm', requestId]), month, cost: spend, tokens, dimensions };
}

function parseRecords(records: { row: number; rec: Rec }[]): { rows: ParsedActualRow[]; errors: ActualsIssue[] } {
  const issues = new Issues();
  const rows: ParsedActualRow[] = [];
  for (const { row, rec } of records) {
    const parsed = readRecord(rec, row, issues);
    if (parsed) rows.push(parsed);
  }
  if (records.length === 0) issues.add(1, '', 'The file has no spend log records.');
  return { rows, errors: issues.done() };
}

export function parseLiteLlm(content: string): ActualsParseResult {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('[') || text.startsWith('{')) {
    let value: unknown;
    try {
      value = parseJson(text);
    } catch (e) {
      return wrongFormat(`The file is not valid JSON (${(e as Error).message}).`, content);
    }
    // Some LiteLLM endpoints wrap the list: { data: [...] }.
    const list = Array.isArray(value) ? value : Array.isArray((value as Rec | null)?.data) && (value as Rec).data;
    const isRecord = (r: unknown): r is Rec => r !== null && typeof r === 'object' && !Array.isArray(r);
    // A spend log: records, some with a request_id (a record without one is a row error, not another format).
    if (!Array.isArray(list) || !list.every(isRecord) || (list.length > 0 && !list.some((r) => 'request_id' in r))) {
      return wrongFormat('Not a LiteLLM spend log: expected a JSON array of records with request_id, startTime and spend.', content);
    }
    return { format: 'litellm', ...parseRecords(list.map((rec, i) => ({ row: i + 1, rec }))) };
  }
  const { header, records } = readCsv(text);
  if (!header.includes('request_id') || !header.includes('spend')) {
    return wrongFormat('Not a LiteLLM spend log: the CSV needs the columns request_id, startTime and spend.', content);
  }
  const recs = records.map(({ row, cells }) => ({ row, rec: Object.fromEntries(header.map((h, i) => [h, cells[i]])) as Rec }));
  return { format: 'litellm', ...parseRecords(recs) };
}
