// Pieces shared by the account and access panels: a secret shown once, and a table's column heads.
import { copyText } from './format';

/** A secret (token, invite link) shown once, with a Copy button that reads "Copied" once copied. */
export function OneTimeSecret({
  intro,
  value,
  testId,
  copied,
  onCopied,
}: {
  intro: string;
  value: string;
  testId: string;
  copied: boolean;
  onCopied: (copied: boolean) => void;
}) {
  return (
    <div className="secret-box" role="status">
      <p>{intro}</p>
      <div className="secret-row">
        <code data-testid={testId}>{value}</code>
        <button type="button" className="btn" onClick={() => void copyText(value).then(onCopied)}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

/** A column head: its label, or `{ hidden }` for one read only by screen readers (an actions column). */
export type ColumnHead = string | { hidden: string };

/** The `<thead>` of a data table. */
export function TableHead({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === 'string' ? (
            <th key={c} scope="col">
              {c}
            </th>
          ) : (
            <th key={c.hidden} scope="col">
              <span className="sr-only">{c.hidden}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
