/**
 * Actual spend imported from FinOps tools (issue 18): the rows a parser hands out, shared by the
 * browser (preview) and the server (import). Money and tokens are decimal strings, never floats.
 */

export const ACTUALS_FORMATS = ['focus', 'litellm', 'opencost'] as const;
export type ActualsFormat = (typeof ACTUALS_FORMATS)[number];

/**
 * What a row says about where the spend came from. Every value is a string; `tags` holds key/value
 * labels (FOCUS Tags, OpenCost labels, LiteLLM "key:value" request tags), `requestTags` the LiteLLM
 * request tags as written. FOCUS `x_` columns are kept under their own names.
 */
export interface ActualDimensions {
  service?: string;
  resourceId?: string;
  model?: string;
  team?: string;
  key?: string;
  namespace?: string;
  name?: string;
  tags?: Record<string, string>;
  requestTags?: string[];
  [extra: `x_${string}`]: string;
}

export interface ParsedActualRow {
  /** Row in the file: CSV lines with the header as row 1; JSON records counted from 1. */
  row: number;
  /** The row's identifying fields joined: the server hashes it into the row key (re-import is idempotent). */
  identity: string;
  /** "YYYY-MM" (UTC when the timestamp carries an offset). */
  month: string;
  /** Decimal string. */
  cost: string;
  /** Decimal string; "0" when the row has no token count. */
  tokens: string;
  dimensions: ActualDimensions;
}

export interface ActualsIssue {
  row: number;
  field: string;
  message: string;
}

export interface ActualsParseResult {
  format: ActualsFormat;
  /** The good rows (all of them, also when some rows are bad: the preview shows both). */
  rows: ParsedActualRow[];
  /** Row-level problems; non-empty means the file must not be imported. Row 0: the file as a whole. */
  errors: ActualsIssue[];
}
