/**
 * Every validation code and message in one place (conventions: "errors have one home").
 * A code is stable and machine-readable; a message is a short sentence about the field named
 * by the issue's path (the path is not repeated in the message). Tests assert on these
 * constants, never on literal text.
 */

export const CODES = {
  required: 'required',
  unknownField: 'unknown_field',
  invalidType: 'invalid_type',
  invalidValue: 'invalid_value',
  notANumber: 'not_a_number',
  notFinite: 'not_finite',
  notAnInteger: 'not_an_integer',
  outOfRange: 'out_of_range',
  unsupportedMagnitude: 'unsupported_magnitude',
  tooShort: 'too_short',
  tooLong: 'too_long',
  tooFewItems: 'too_few_items',
  tooManyItems: 'too_many_items',
  invalidMonth: 'invalid_month',
  invalidServedBy: 'invalid_served_by',
  ownedFieldRequired: 'owned_field_required',
  logisticCapacityTooLow: 'logistic_capacity_too_low',
  duplicateId: 'duplicate_id',
  unknownPlatform: 'unknown_platform',
  unknownApiOption: 'unknown_api_option',
  missingThroughput: 'missing_throughput',
  invalidInput: 'invalid_input',
  invalidId: 'invalid_id',
  demandTooHigh: 'demand_too_high',
  moneyTooHigh: 'money_too_high',
  fleetTooLarge: 'fleet_too_large',
  softwareMultiplierOutOfRange: 'software_multiplier_out_of_range',
  implausibleValue: 'implausible_value',
  invalidSchedule: 'invalid_schedule',
  invalidCurve: 'invalid_curve',
  invalidThroughput: 'invalid_throughput',
  seatsOrTokens: 'seats_or_tokens',
  interactivityRequired: 'interactivity_required',
  interactivityUnreachable: 'interactivity_unreachable',
  reservedNeedsAuto: 'reserved_needs_auto',
} as const;

export type ValidationCode = (typeof CODES)[keyof typeof CODES];

/** A bound of a numeric range, as the schema states it. */
export interface RangeBounds {
  readonly min?: string;
  readonly max?: string;
  readonly gt?: string;
  readonly lt?: string;
}

/**
 * A number as a finance reader reads it: "1,000,000", "0.25", "-0.5"; beyond 1e21 or below 1e-6
 * in size, "1.2e+24" (never a wall of digits). Takes decimal text or a Decimal.
 */
export function formatQuantity(value: { toString(): string } | string | number): string {
  const text = String(value);
  const number = Number(text);
  if (!Number.isFinite(number)) return text;
  const size = Math.abs(number);
  if (size !== 0 && (size >= 1e21 || size < 1e-6)) return number.toExponential(3).replace(/\.?0+e/, 'e');
  if (size < 1000) return String(number);
  return number.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "must be between 0 and 1", "must be greater than 0", "must be > 0 and ≤ 1", … */
function rangeMessage(range: RangeBounds): string {
  const fmt = (bound: string | undefined) => (bound === undefined ? undefined : formatQuantity(bound));
  const [min, max, gt, lt] = [fmt(range.min), fmt(range.max), fmt(range.gt), fmt(range.lt)];
  if (min !== undefined && max !== undefined) return `must be between ${min} and ${max}`;
  const lower = gt !== undefined ? `greater than ${gt}` : min !== undefined ? `at least ${min}` : null;
  const upper = lt !== undefined ? `less than ${lt}` : max !== undefined ? `at most ${max}` : null;
  if (lower !== null && upper !== null) return `must be ${lower} and ${upper}`;
  return `must be ${lower ?? upper ?? 'in range'}`;
}

export const MESSAGES = {
  required: 'is required',
  unknownField: 'is not a known field (check the spelling)',
  notANumber: 'must be a number or a decimal string such as "0.25" or "1e6"',
  notFinite: 'must be a finite number (NaN and Infinity are not allowed)',
  notAnInteger: 'must be a whole number',
  unsupportedMagnitude: 'must be between 1e-30 and 1e24 in size (or exactly 0)',
  invalidMonth: 'must be a real calendar month written "YYYY-MM", between 1900-01 and 2199-12',
  invalidServedBy: 'must be { "platform": "<platform id>" } or { "api": "<API option id>" }',
  ownedFieldRequired: 'is required for an owned platform (acquisition type "own")',
  logisticCapacityTooLow: 'must be greater than tokensMonth0 (the logistic curve grows towards its capacity)',
  invalidSchedule: 'must start at month 0 and increase strictly from one entry to the next',
  invalidCurve: 'must have a higher interactivity than the previous point and no higher throughput',
  invalidThroughput: 'must be tokens/s per GPU, { "input": …, "output": … } or { "curve": [{ "interactivity": …, "tokensPerSecondPerGpu": … }, …] }',
  seatsOrTokens: 'must be left out when the application is sized by seats (use seats or tokensMonth0 + growth, not both)',
  requiredWithoutSeats: 'is required (or size the application by seats)',
  interactivityRequired: 'is required: the application runs on a platform whose throughput for its model is an interactivity curve',
  reservedNeedsAuto: 'applies to an auto fleet only (a fixed rented fleet is already a reservation)',
  outOfRange: rangeMessage,
  invalidType: (expected: string) => `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`,
  invalidValue: (options: readonly string[]) => `must be one of ${options.map((o) => `"${o}"`).join(', ')}`,
  tooShort: (min: number) => (min === 1 ? 'must not be empty' : `must have at least ${min} characters`),
  tooLong: (max: number) => `must have at most ${max} characters`,
  tooFewItems: (min: number) => `must have at least ${min} item${min === 1 ? '' : 's'}`,
  tooManyItems: (max: number) => `must have at most ${max} items`,
  duplicateId: (id: string, kind: string) => `id "${id}" is used by more than one ${kind}`,
  unknownPlatform: (id: string) => `no platform has id "${id}"`,
  unknownApiOption: (id: string) => `no API option has id "${id}"`,
  invalidId: 'use letters, digits, - and _; at most 100 characters',
  invalidModelId: 'use letters, digits, -, _ and . (not first); at most 100 characters',
  demandTooHigh: (peak: string, max: string) =>
    `would take demand to ${peak} tokens a month within the horizon; the model plans at most ${max} tokens a month per application`,
  moneyTooHigh: (amount: string, max: string) =>
    `would reach $${amount} in one month for one application (tokens × price); the model plans at most $${max} a month per application`,
  fleetTooLarge: (nodes: string, max: string) =>
    `would need up to ${nodes} nodes at peak demand; at most ${max}: set fleet.maxNodes, raise throughput or lower demand`,
  softwareMultiplierOutOfRange: (product: string, min: string, max: string) =>
    `takes the running software multiplier to ${product}; it must stay between ${min} and ${max}`,
  implausibleValue: (what: string, above: string) => `is above ${above}, unusually high for ${what}: check it`,
  interactivityUnreachable: (u: string, platform: string, top: string) =>
    `asks ${u} tokens/s per user; platform "${platform}" reaches at most ${top} on its curve for this model`,
  missingThroughput: (model: string, applicationId: string) =>
    `has no tokens/s figure for model "${model}", which application "${applicationId}" runs on this platform`,
} as const;

/** Static messages that zod reports for us (custom union errors): message → code. */
export const CODE_OF_STATIC_MESSAGE: ReadonlyMap<string, ValidationCode> = new Map<string, ValidationCode>([
  [MESSAGES.required, CODES.required],
  [MESSAGES.notANumber, CODES.notANumber],
  [MESSAGES.notFinite, CODES.notFinite],
  [MESSAGES.invalidServedBy, CODES.invalidServedBy],
  [MESSAGES.invalidThroughput, CODES.invalidThroughput],
  [MESSAGES.invalidMonth, CODES.invalidMonth],
  [MESSAGES.invalidId, CODES.invalidId],
  [MESSAGES.invalidModelId, CODES.invalidId],
]);
