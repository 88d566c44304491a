// Filtering the reference library on the browse page: by category, subject and free text.
import type { ReferenceCategory, ReferenceEntry } from '@tokenplan/model';

export interface ReferenceFilter {
  category: ReferenceCategory | '';
  subject: string;
  text: string;
}

/** Everything a text search looks at: id, subject, quantity, model, unit, source, includes and note. */
function haystack(e: ReferenceEntry): string {
  return [e.id, e.subject, e.quantity, e.model, e.operatingPoint, e.unit, e.source.title, e.source.publisher, e.includes, e.note]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

export function filterEntries(entries: readonly ReferenceEntry[], filter: ReferenceFilter): ReferenceEntry[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter(
    (e) =>
      (filter.category === '' || e.category === filter.category) &&
      (filter.subject === '' || e.subject === filter.subject) &&
      words.every((w) => haystack(e).includes(w)),
  );
}

/** Subjects present in a category (all categories when ''), in library order. */
export function subjectsOf(entries: readonly ReferenceEntry[], category: ReferenceCategory | ''): string[] {
  return [...new Set(entries.filter((e) => category === '' || e.category === category).map((e) => e.subject))];
}

/** A decimal string for reading: thousands separated, up to 6 decimals ("515000" → "515,000"). */
export function formatReferenceValue(value: string): string {
  const [int = '', frac] = value.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${frac ? `.${frac}` : ''}`;
}
