// "Use this value": a small button beside an editor number field that opens the library entries
// fitting the field's path; picking one sets the field (through the editor's change function).
import './reference.css';
import { referenceEntriesForPath, type ReferenceEntry } from '@tokenplan/model';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Dialog } from '../editor/Dialog';
import { pathText, type AnyPath } from '../editor/documentPath';
import { shiftDecimal } from '../editor/parseNumber';
import { ConfidenceBadge, EntryValue, SourceLink } from './ReferenceBits';

const cache = new Map<string, ReferenceEntry[]>();

/** Library entries for a field path (cached by path text, with indexes: the list is the same for every row). */
export function entriesForField(path: AnyPath): ReferenceEntry[] {
  const key = pathText(path.map((k) => (typeof k === 'number' ? 0 : k)));
  let found = cache.get(key);
  if (!found) {
    found = referenceEntriesForPath(path);
    cache.set(key, found);
  }
  return found;
}

interface ReferencePickerProps {
  path: AnyPath;
  /** The field's label, for the button's accessible name and the dialog title. */
  label: string;
  /** The field shows a fraction in percent: show each entry's value in percent too. */
  percent?: boolean;
  onPick: (entry: ReferenceEntry) => void;
}

/** Nothing for a field the library has no figures for. */
export function ReferencePicker({ path, label, percent = false, onPick }: ReferencePickerProps) {
  const [open, setOpen] = useState(false);
  const entries = entriesForField(path);
  if (entries.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="ref-pick-button"
        // The name leaves out the field's label so label queries for the field stay unambiguous;
        // it starts with the visible "ref" (a spoken name that differs from the text confuses voice control).
        aria-label="ref: reference values"
        title={`Use a value from the reference library for ${label}`}
        data-ref-for={pathText(path)}
        onClick={() => setOpen(true)}
      >
        ref
      </button>
      {open ? (
        <Dialog title={`Reference values: ${label}`} onClose={() => setOpen(false)} wide>
          <ul className="ref-pick-list" aria-label="Library entries">
            {entries.map((e) => (
              <li key={e.id} className="ref-pick-item">
                <span>
                  <strong>{e.subject}</strong>
                  {e.model ? <span className="ref-muted"> · {e.model}</span> : null}
                  {e.operatingPoint ? <span className="ref-muted"> · {e.operatingPoint}</span> : null}
                </span>
                <span>
                  <EntryValue entry={e} />
                  {percent ? <span className="ref-muted"> = {shiftDecimal(e.value, 2)} %</span> : null} <ConfidenceBadge confidence={e.confidence} />
                </span>
                <span className="ref-pick-meta">
                  <SourceLink entry={e} /> · as of {e.asOf}
                  {e.note ? ` · ${e.note}` : ''}
                </span>
                <button
                  type="button"
                  className="button button--small button--primary"
                  aria-label={`Use ${e.value} (${e.subject})`}
                  onClick={() => {
                    onPick(e);
                    setOpen(false);
                  }}
                >
                  Use
                </button>
              </li>
            ))}
          </ul>
          <div className="ref-pick-foot">
            <Link to={`/reference?q=${encodeURIComponent(entries[0]?.quantity ?? '')}`} target="_blank" rel="noreferrer">
              Open the reference library
            </Link>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
