// The reference library's entry schema (issue 22): every figure a preset, template or default uses,
// with its source, a link, an as-of date, what it includes, and how far to trust it.
import { z } from 'zod';

/** A plain decimal string (no exponent): what the scenario document's money and rate fields take. */
export const REFERENCE_DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** YYYY-MM or YYYY-MM-DD. */
export const REFERENCE_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
/** Stable ids: lower-case words joined by '.' and '-', e.g. `acc.h100.capex-per-node`. */
export const REFERENCE_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const REFERENCE_CATEGORIES = [
  'accelerators',
  'throughput',
  'rental',
  'api-prices',
  'energy',
  'hosting',
  'facility',
  'software',
  'depreciation',
  'finance',
  'price-trends',
  'workload',
] as const;
export type ReferenceCategory = (typeof REFERENCE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ReferenceCategory, string> = {
  accelerators: 'Accelerators',
  throughput: 'Throughput',
  rental: 'GPU rental',
  'api-prices': 'API list prices',
  energy: 'Energy',
  hosting: 'Hosting and colocation',
  facility: 'Facility (PUE)',
  software: 'Software improvement',
  depreciation: 'Depreciation lives',
  finance: 'Cost of capital and opex',
  'price-trends': 'Price trends',
  workload: 'Workload (illustrative)',
};

/**
 * H = primary or well documented; M = secondary, or a vendor-specific operating point;
 * L = thinly sourced, verify before relying on it; estimate = no published figure, derived or
 * illustrative (the note says how and why).
 */
export const CONFIDENCE_LEVELS = ['H', 'M', 'L', 'estimate'] as const;
export type ReferenceConfidence = (typeof CONFIDENCE_LEVELS)[number];

const decimal = z.string().regex(REFERENCE_DECIMAL, 'a decimal string such as "12.5"');
const date = z.string().regex(REFERENCE_DATE, 'YYYY-MM or YYYY-MM-DD');

export const referenceSourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  date,
});
export type ReferenceSource = z.infer<typeof referenceSourceSchema>;

export const referenceEntrySchema = z
  .object({
    id: z.string().regex(REFERENCE_ID),
    category: z.enum(REFERENCE_CATEGORIES),
    /** What the figure is about: "H100 SXM (HGX 8-GPU)", "Virginia", "Claude Sonnet 4.5". */
    subject: z.string().min(1),
    /** What is measured; the editor's picker matches on it (see picker.ts). */
    quantity: z.string().min(1),
    /** The planning value: the published figure, or the value chosen inside `range`. */
    value: decimal,
    range: z.object({ low: decimal, high: decimal }).optional(),
    unit: z.string().min(1),
    /** The model the figure is for (throughput, API prices), as the scenario's model ids spell it. */
    model: z.string().optional(),
    /** The operating point a throughput figure was measured at. */
    operatingPoint: z.string().optional(),
    /** A vendor's marketing claim rather than a measurement: shown as a claim. */
    vendorClaim: z.boolean().optional(),
    source: referenceSourceSchema,
    asOf: date,
    includes: z.string().min(1),
    confidence: z.enum(CONFIDENCE_LEVELS),
    note: z.string(),
  })
  .refine((e) => !e.range || (Number(e.range.low) <= Number(e.value) && Number(e.value) <= Number(e.range.high)), {
    message: 'the planning value lies inside its range',
    path: ['value'],
  })
  .refine((e) => e.confidence !== 'estimate' || e.note.length >= 20, {
    message: 'an estimate says in its note how it was derived and why no published figure is used',
    path: ['note'],
  });
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;

export const referenceChangeSchema = z.object({
  date,
  summary: z.string().min(1),
  ids: z.array(z.string().regex(REFERENCE_ID)),
});
export type ReferenceChange = z.infer<typeof referenceChangeSchema>;
