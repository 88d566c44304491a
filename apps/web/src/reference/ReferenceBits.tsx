// Small pieces shared by the library page and the editor's picker: confidence badge, source link.
import type { ReferenceConfidence, ReferenceEntry } from '@tokenplan/model';
import { formatReferenceValue } from './filter';

const CONFIDENCE_TITLES: Record<ReferenceConfidence, string> = {
  H: 'High: primary source or well documented',
  M: 'Medium: secondary source, or a vendor-specific operating point',
  L: 'Low: thinly sourced, verify before relying on it',
  estimate: 'Estimate: no published figure; the note says how it was derived',
};

export function ConfidenceBadge({ confidence }: { confidence: ReferenceConfidence }) {
  return (
    <span className={`ref-badge ref-badge--${confidence}`} title={CONFIDENCE_TITLES[confidence]}>
      {confidence === 'estimate' ? 'estimate' : confidence}
    </span>
  );
}

export function SourceLink({ entry }: { entry: ReferenceEntry }) {
  return (
    <span className="ref-source">
      <a href={entry.source.url} target="_blank" rel="noreferrer noopener">
        {entry.source.title}
      </a>
      <span className="ref-muted">
        {' '}
        — {entry.source.publisher}, {entry.source.date}
      </span>
    </span>
  );
}

/** "515,000 USD per node" and, with a range, "(450,000–600,000)". */
export function EntryValue({ entry }: { entry: ReferenceEntry }) {
  return (
    <span className="ref-value">
      <strong>{formatReferenceValue(entry.value)}</strong> <span className="ref-unit">{entry.unit}</span>
      {entry.range ? (
        <span className="ref-range">
          {' '}
          (range {formatReferenceValue(entry.range.low)}–{formatReferenceValue(entry.range.high)})
        </span>
      ) : null}
      {entry.vendorClaim ? <span className="ref-claim">vendor claim</span> : null}
    </span>
  );
}
