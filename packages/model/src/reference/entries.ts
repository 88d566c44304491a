// All entries of the library, and lookups by id.
import { ACCELERATOR_ENTRIES } from './accelerators';
import { API_PRICE_ENTRIES, RENTAL_ENTRIES } from './prices';
import type { ReferenceCategory, ReferenceEntry } from './schema';
import { DEPRECIATION_ENTRIES, ENERGY_ENTRIES, FACILITY_ENTRIES, FINANCE_ENTRIES, HOSTING_ENTRIES, PRICE_TREND_ENTRIES } from './site';
import { SOFTWARE_ENTRIES, THROUGHPUT_ENTRIES } from './throughput';
import { WORKLOAD_ENTRIES } from './workload';

export const REFERENCE_ENTRIES: readonly ReferenceEntry[] = [
  ...ACCELERATOR_ENTRIES,
  ...THROUGHPUT_ENTRIES,
  ...RENTAL_ENTRIES,
  ...API_PRICE_ENTRIES,
  ...ENERGY_ENTRIES,
  ...HOSTING_ENTRIES,
  ...FACILITY_ENTRIES,
  ...SOFTWARE_ENTRIES,
  ...DEPRECIATION_ENTRIES,
  ...FINANCE_ENTRIES,
  ...PRICE_TREND_ENTRIES,
  ...WORKLOAD_ENTRIES,
];

const BY_ID = new Map(REFERENCE_ENTRIES.map((e) => [e.id, e]));

/** The entry with this id, or undefined. */
export function findReferenceEntry(id: string): ReferenceEntry | undefined {
  return BY_ID.get(id);
}

/** The entry with this id; throws on an unknown id (a typo in a preset fails at load, not silently). */
export function referenceEntry(id: string): ReferenceEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`Unknown reference library entry: ${id}`);
  return entry;
}

/** The planning value of an entry, as the decimal string a scenario document takes. */
export function referenceValue(id: string): string {
  return referenceEntry(id).value;
}

export function referenceEntriesIn(category: ReferenceCategory): ReferenceEntry[] {
  return REFERENCE_ENTRIES.filter((e) => e.category === category);
}
