import './reference.css';
import {
  CATEGORY_LABELS,
  REFERENCE_CATEGORIES,
  REFERENCE_CHANGES,
  REFERENCE_ENTRIES,
  REFERENCE_LIBRARY_VERSION,
  type ReferenceCategory,
  type ReferenceEntry,
} from '@tokenplan/model';
import { useEffect, useId, useMemo } from 'react';
import { useSearchParamsUpdater } from '../layout/useSearchParamsUpdater';
import { filterEntries, subjectsOf } from './filter';
import { ConfidenceBadge, EntryValue, SourceLink } from './ReferenceBits';

function isCategory(value: string | null): value is ReferenceCategory {
  return value !== null && (REFERENCE_CATEGORIES as readonly string[]).includes(value);
}

/** /reference: browse the cited figures behind every preset and default; ?category, ?subject, ?q, ?id filter. */
export function ReferenceLibraryPage() {
  const [params, updateParams] = useSearchParamsUpdater();
  const rawCategory = params.get('category');
  const category: ReferenceCategory | '' = isCategory(rawCategory) ? rawCategory : '';
  const subject = params.get('subject') ?? '';
  const text = params.get('q') ?? params.get('id') ?? '';
  const ids = { category: useId(), subject: useId(), text: useId() };

  useEffect(() => {
    document.title = 'Reference library — Tokenplan';
    return () => {
      document.title = 'Tokenplan';
    };
  }, []);

  const set = (key: string, value: string) =>
    updateParams((next) => {
      if (value === '') next.delete(key);
      else next.set(key, value);
      if (key === 'category') next.delete('subject');
      if (key === 'q') next.delete('id');
    });

  const subjects = useMemo(() => subjectsOf(REFERENCE_ENTRIES, category), [category]);
  const shown = useMemo(() => filterEntries(REFERENCE_ENTRIES, { category, subject, text }), [category, subject, text]);
  const groups = REFERENCE_CATEGORIES.map((c) => [c, shown.filter((e) => e.category === c)] as const).filter(([, list]) => list.length > 0);

  return (
    <div className="ref-page">
      <div className="page-head">
        <div>
          <h1>Reference library</h1>
          <p className="lede">
            Every figure behind the templates and the editor&apos;s defaults, with its source, date and what it includes. Version{' '}
            {REFERENCE_LIBRARY_VERSION}, {REFERENCE_ENTRIES.length} entries.
          </p>
        </div>
      </div>

      <form className="ref-filters" role="search" aria-label="Filter the library" onSubmit={(e) => e.preventDefault()}>
        <div className="ref-filter">
          <label htmlFor={ids.category}>Category</label>
          <select id={ids.category} className="ref-input" value={category} onChange={(e) => set('category', e.target.value)}>
            <option value="">All categories</option>
            {REFERENCE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="ref-filter">
          <label htmlFor={ids.subject}>Subject</label>
          <select id={ids.subject} className="ref-input" value={subject} onChange={(e) => set('subject', e.target.value)}>
            <option value="">All subjects</option>
            {subjects.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="ref-filter ref-filter--grow">
          <label htmlFor={ids.text}>Search</label>
          <input
            id={ids.text}
            className="ref-input"
            type="search"
            value={text}
            placeholder="e.g. B200 throughput, Virginia, Sonnet"
            onChange={(e) => set('q', e.target.value)}
          />
        </div>
        <p className="ref-count" aria-live="polite">
          {shown.length} of {REFERENCE_ENTRIES.length} entries
        </p>
      </form>

      <ConfidenceLegend />

      {groups.length === 0 ? <p className="empty-state">No entry matches these filters.</p> : null}
      {groups.map(([c, list]) => (
        <section key={c} className="panel ref-group" aria-labelledby={`ref-cat-${c}`}>
          <h2 id={`ref-cat-${c}`}>
            {CATEGORY_LABELS[c]} <span className="ref-muted">({list.length})</span>
          </h2>
          <EntryTable entries={list} />
        </section>
      ))}

      <section className="panel ref-changes" aria-labelledby="ref-changes-title">
        <h2 id="ref-changes-title">Change log</h2>
        <ol>
          {[...REFERENCE_CHANGES].reverse().map((change, i) => (
            <li key={i}>
              <time dateTime={change.date}>{change.date}</time> — {change.summary}
              {change.ids.length > 0 ? <span className="ref-muted"> ({change.ids.join(', ')})</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function ConfidenceLegend() {
  return (
    <p className="ref-legend">
      Confidence: <ConfidenceBadge confidence="H" /> primary or well documented · <ConfidenceBadge confidence="M" /> secondary or
      vendor operating point · <ConfidenceBadge confidence="L" /> thin, verify · <ConfidenceBadge confidence="estimate" /> derived or
      illustrative (the note says how).
    </p>
  );
}

function EntryTable({ entries }: { entries: readonly ReferenceEntry[] }) {
  return (
    <div className="ref-table-wrap">
      <table className="ref-table">
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">Value</th>
            <th scope="col">Confidence</th>
            <th scope="col">Source</th>
            <th scope="col">As of</th>
            <th scope="col">Includes and note</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} id={e.id} data-entry-id={e.id}>
              <th scope="row">
                {e.subject}
                <div className="ref-muted ref-quantity">
                  {e.quantity}
                  {e.model ? ` · ${e.model}` : ''}
                  {e.operatingPoint ? ` · ${e.operatingPoint}` : ''}
                </div>
                <code className="ref-id">{e.id}</code>
              </th>
              <td>
                <EntryValue entry={e} />
              </td>
              <td>
                <ConfidenceBadge confidence={e.confidence} />
              </td>
              <td>
                <SourceLink entry={e} />
              </td>
              <td className="ref-nowrap">{e.asOf}</td>
              <td className="ref-note">
                {e.includes}
                {e.note ? <div className="ref-muted">{e.note}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
