// One entry point for the three formats; totals exact (decimal strings).
import { parseFocusCsv } from './focus';
import { parseLiteLlm } from './litellm';
import { parseOpenCost } from './opencost';
import { Decimal } from '../decimal';
import { MAX_TOTAL_COST, sumOf } from './fields';
import type { ActualsFormat, ActualsParseResult, ParsedActualRow } from './types';

export function parseActuals(format: ActualsFormat, content: string): ActualsParseResult {
  if (content.trim() === '') return { format, rows: [], errors: [{ row: 0, field: '', message: 'The file is empty.' }] };
  return withStorableTotal(parseFormat(format, content));
}

function parseFormat(format: ActualsFormat, content: string): ActualsParseResult {
  switch (format) {
    case 'focus':
      return parseFocusCsv(content);
    case 'litellm':
      return parseLiteLlm(content);
    case 'opencost':
      return parseOpenCost(content);
  }
}

/** Rows each within bounds can still sum past the import's stored total: a file-level error (row 0), rows kept for the preview. */
function withStorableTotal(result: ActualsParseResult): ActualsParseResult {
  if (result.errors.length > 0) return result;
  const cost = sumOf(result.rows.map((r) => r.cost)); // the cost alone: tokens have no stored total to overflow
  if (new Decimal(cost).abs().lt(MAX_TOTAL_COST)) return result;
  const message = `The file's total cost, ${cost}, is out of range (at most 1e18 in absolute value per import): split the file.`;
  return { ...result, errors: [{ row: 0, field: '', message }] };
}

/** Σ cost and Σ tokens of rows, exact. */
export function totalsOf(rows: readonly Pick<ParsedActualRow, 'cost' | 'tokens'>[]): { cost: string; tokens: string } {
  return { cost: sumOf(rows.map((r) => r.cost)), tokens: sumOf(rows.map((r) => r.tokens)) };
}

/** The months the rows fall in, sorted. */
export function monthsOf(rows: readonly Pick<ParsedActualRow, 'month'>[]): string[] {
  return [...new Set(rows.map((r) => r.month))].sort();
}
