/**
 * Units of the model's input fields and output lines, and how each is written beside a value.
 * One list, so the form, the ledger, the charts, the exports and the OpenAPI document agree.
 */
/** unit → [as written in tables, exports and the API document; short symbol beside an input]. */
const UNIT_TEXT = {
  usd: ['USD', '$'],
  usdPerMonth: ['USD/month', '$/month'],
  usdPerMWh: ['USD/MWh', '$/MWh'],
  usdPerKwMonth: ['USD/kW-month', '$/kW-month'],
  usdPerGpuHour: ['USD/GPU-hour', '$/GPU-h'],
  usdPerMTokens: ['USD/M tokens', '$/M'],
  usdPerQuery: ['USD/query', '$/query'],
  usdPerTask: ['USD/task', '$/task'],
  usdPerUsd: ['USD per USD of revenue', '$/$'],
  tokens: ['tokens', 'tok'],
  tokensPerMonth: ['tokens/month', 'tok/mo'],
  tokensPerSecond: ['tokens/s per GPU', 'tok/s'],
  tokensPerMWh: ['tokens/MWh', 'tok/MWh'],
  joulesPerToken: ['J/token', 'J/tok'],
  mwh: ['MWh', 'MWh'],
  kw: ['kW', 'kW'],
  hours: ['hours', 'h'],
  gpuHours: ['GPU-hours', 'GPU-h'],
  gpus: ['GPUs', 'GPUs'],
  nodes: ['nodes', 'nodes'],
  months: ['months', 'months'],
  /** A fraction: 0.25 is 25 %. */
  fraction: ['%', '%'],
  /** A fraction per year: 0.03 is 3 % a year. */
  fractionPerYear: ['%/year', '%/yr'],
  fractionPerMonth: ['%/month', '%/mo'],
  multiple: ['×', '×'],
  count: ['', ''],
  text: ['', ''],
} as const;

export type Unit = keyof typeof UNIT_TEXT;

/** A unit in words, for tables, exports and the API document ('' for counts and text). */
export const UNITS = Object.fromEntries(Object.entries(UNIT_TEXT).map(([k, [words]]) => [k, words])) as Record<Unit, string>;
/** A unit's short symbol beside an input ("$/MWh"). */
export const UNIT_SYMBOLS = Object.fromEntries(Object.entries(UNIT_TEXT).map(([k, [, symbol]]) => [k, symbol])) as Record<Unit, string>;

/** What a label table says about one field or line. */
export interface FieldLabel {
  /** One name per concept, in finance wording ("Price per GPU-hour"). */
  readonly label: string;
  readonly unit: Unit;
  /** One or two sentences: what the value is, how it is computed. */
  readonly description: string;
}
