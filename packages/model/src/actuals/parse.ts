// One entry point for the three formats; totals exact (decimal strings).
import { parseFocusCsv } from './focus';
import { parseLiteLlm } from './litellm';
import { parseOpenCost } from './opencost';
import { sumOf } from './fields';
import type { ActualsFormat, ActualsParseResult, ParsedActualRow } from './types';

export function parseActuals(format: ActualsFormat, content: string): ActualsParseResult {
  if (content.trim() === '') return { format, rows: [], errors: [{ row: 0, field: '', message: 'The file is empty.' }] };
  switch (format) {
    case 'focus':
      return parseFocusCsv(content);
    case 'litellm':
      return parseLiteLlm(content);
    case 'opencost':
      return parseOpenCost(content);
  }
}

/** Σ cost and Σ tokens of rows, exact. */
export function totalsOf(rows: readonly Pick<ParsedActualRow, 'cost' | 'tokens'>[]): { cost: string; tokens: string } {
  return { cost: sumOf(rows.map((r) => r.cost)), tokens: sumOf(rows.map((r) => r.tokens)) };
}

/** The months the rows fall in, sorted. */
export function monthsOf(rows: readonly Pick<ParsedActualRow, 'month'>[]): string[] {
  return [...new Set(rows.map((r) => r.month))].sort();
}
