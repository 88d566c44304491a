// "Use this value": which library entries fit an editor field, by the field's document path.
// A path such as ['platforms', 0, 'capexPerNode'] maps to the quantity 'capexPerNode'; context
// (the parent key) separates look-alikes such as a rental's annualPriceDecline from an API's.
import type { ReferenceCategory, ReferenceEntry } from './schema';
import { REFERENCE_ENTRIES } from './entries';

type PathKey = string | number;

export interface PickerMatch {
  /** Quantities of entries that fit the field. */
  quantities: readonly string[];
  /** When set, only entries in these categories. */
  categories?: readonly ReferenceCategory[];
  /** For throughput fields: the model the field is for (entries of that model come first). */
  model?: string;
}

interface Rule {
  /** The path's string keys (indexes dropped), matched from the end. */
  suffix: readonly string[];
  match: Omit<PickerMatch, 'model'>;
}

const q = (...quantities: string[]) => ({ quantities });

// Longer suffixes first: the first rule whose suffix ends the path wins.
const RULES: readonly Rule[] = [
  { suffix: ['acquisition', 'pricePerGpuHour'], match: q('pricePerGpuHour') },
  { suffix: ['acquisition', 'annualPriceDecline'], match: { quantities: ['annualPriceDecline'], categories: ['rental'] } },
  { suffix: ['reserved', 'pricePerGpuHour'], match: q('pricePerGpuHour') },
  { suffix: ['apiOptions', 'annualPriceDecline'], match: { quantities: ['annualPriceDecline'], categories: ['price-trends'] } },
  { suffix: ['applications', 'annualPriceErosion'], match: { quantities: ['annualPriceDecline'], categories: ['price-trends'] } },
  { suffix: ['applications', 'revenuePerMTokens'], match: { quantities: ['revenuePerMTokens', 'inputPricePerMTokens', 'outputPricePerMTokens'], categories: ['api-prices'] } },
  { suffix: ['softwareCurve', 'annualImprovement'], match: q('annualImprovement') },
  { suffix: ['softwareCurve', 'cap'], match: q('cap') },
  { suffix: ['fleet', 'targetUtilization'], match: q('targetUtilization') },
  { suffix: ['energy', 'pricePerMWh'], match: q('pricePerMWh') },
  { suffix: ['energy', 'annualEscalation'], match: q('annualEscalation') },
  { suffix: ['energy', 'pue'], match: q('pue') },
  { suffix: ['hosting', 'perKwMonth'], match: q('perKwMonth') },
  { suffix: ['growth', 'monthlyRate'], match: { quantities: ['monthlyRate'], categories: ['workload'] } },
  { suffix: ['seats', 'seatsMonth0'], match: q('seatsMonth0') },
  { suffix: ['seats', 'monthlyGrowth'], match: q('monthlyGrowth') },
  { suffix: ['seats', 'tokensPerSeatMonth0'], match: q('tokensPerSeatMonth0') },
  { suffix: ['seats', 'tokensPerSeatAnnualGrowth'], match: q('tokensPerSeatAnnualGrowth') },
  { suffix: ['horizonMonths'], match: q('depreciationMonths') },
  ...[
    'capexPerNode', 'gpusPerNode', 'powerKwPerNode', 'idlePowerFraction', 'maintenancePctPerYear', 'depreciationMonths',
    'residualValuePct', 'inputPricePerMTokens', 'outputPricePerMTokens', 'cachedInputPricePerMTokens', 'batchDiscount',
    'discountRateAnnual', 'contingencyPct', 'fixedOpexPerMonth', 'tokensMonth0', 'outputShare', 'tokensPerQuery', 'queriesPerTask',
  ].map((key) => ({ suffix: [key], match: q(key) })),
];

function endsWith(keys: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > keys.length) return false;
  return suffix.every((k, i) => keys[keys.length - suffix.length + i] === k);
}

/** What an editor field at `path` can take from the library, or undefined for a field with no reference figures. */
export function pickerMatchFor(path: readonly PathKey[]): PickerMatch | undefined {
  const keys = path.filter((k): k is string => typeof k === 'string');
  // platforms[i].throughput[model]: the model id is the last key.
  const t = keys.lastIndexOf('throughput');
  if (t >= 0 && t === keys.length - 2 && keys[0] === 'platforms') return { quantities: ['throughputPerGpu'], model: keys[t + 1] as string };
  const rule = RULES.find((r) => endsWith(keys, r.suffix));
  return rule?.match;
}

/**
 * Library entries that fit the field at `path`, best first: for throughput, the field's model first;
 * within that, higher confidence first ('H', 'M', 'L', 'estimate').
 */
export function referenceEntriesForPath(path: readonly PathKey[], entries: readonly ReferenceEntry[] = REFERENCE_ENTRIES): ReferenceEntry[] {
  const match = pickerMatchFor(path);
  if (!match) return [];
  const rank = { H: 0, M: 1, L: 2, estimate: 3 } as const;
  const fits = entries.filter(
    (e) => match.quantities.includes(e.quantity) && (match.categories === undefined || match.categories.includes(e.category)),
  );
  const modelRank = (e: ReferenceEntry) => (match.model === undefined || e.model === match.model ? 0 : 1);
  return fits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => modelRank(a.e) - modelRank(b.e) || rank[a.e.confidence] - rank[b.e.confidence] || a.i - b.i)
    .map(({ e }) => e);
}
