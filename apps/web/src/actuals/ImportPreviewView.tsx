import { formatCount, formatMonth, formatTokens, signOf } from '../format';
import { InfoTip } from '../analysis/InfoTip';
import { formatMoneyCents } from './money';
import { targetLabel, type TargetLists } from './useTargets';
import type { ImportPreview, RowError } from './types';

/** Row errors of a file, by row number as in the file (the header is row 1). */
export function RowErrors({ errors, title }: { errors: RowError[]; title: string }) {
  if (errors.length === 0) return null;
  const shown = errors.slice(0, 50);
  return (
    <div className="inline-error act-errors" role="alert">
      <p><strong>{title}</strong> ({formatCount(errors.length)} {errors.length === 1 ? 'error' : 'errors'}; row numbers as in the file, the header is row 1)</p>
      <ul>
        {shown.map((e, i) => (
          <li key={`${e.row}-${e.field}-${i}`}>
            {e.row > 0 ? `Row ${e.row}` : 'File'}{e.field ? `, ${e.field}` : ''}: {e.message}
          </li>
        ))}
      </ul>
      {errors.length > shown.length ? <p>… and {formatCount(errors.length - shown.length)} more.</p> : null}
    </div>
  );
}

function dims(d: Record<string, unknown>): string {
  return Object.entries(d)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

/** What an import would store: rows new and already imported, totals to the cent, spend by target, unmapped spend. */
export function ImportPreviewView({ preview, lists }: { preview: ImportPreview; lists: TargetLists }) {
  const months = preview.months;
  return (
    <div className="act-preview" aria-label="Import preview">
      <dl className="act-figures">
        <div>
          <dt>Rows <InfoTip label="rows">Data rows read from the file (the header is not counted).</InfoTip></dt>
          <dd data-figure="rows">{formatCount(preview.rows)}</dd>
        </div>
        <div>
          <dt>New rows <InfoTip label="new rows">Rows not imported before. A row already imported (same row key) is skipped, so importing a file twice changes nothing.</InfoTip></dt>
          <dd data-figure="new-rows">{formatCount(preview.newRows)}</dd>
        </div>
        <div>
          <dt>Already imported</dt>
          <dd data-figure="duplicate-rows">{formatCount(preview.duplicateRows)}</dd>
        </div>
        <div>
          <dt>Total cost, USD <InfoTip label="total cost">Σ of the file's cost column over every row, to the cent (FOCUS: EffectiveCost, else BilledCost; LiteLLM: spend; OpenCost: totalCost).</InfoTip></dt>
          <dd data-figure="total-cost">{formatMoneyCents(preview.totals.cost)}</dd>
        </div>
        <div>
          <dt>Tokens</dt>
          <dd data-figure="total-tokens">{signOf(preview.totals.tokens) === 0 ? <span className="muted">none in the file</span> : formatTokens(preview.totals.tokens)}</dd>
        </div>
        <div>
          <dt>Months</dt>
          <dd>{months.length === 0 ? '—' : months.length === 1 ? formatMonth(months[0]) : `${formatMonth(months[0])} – ${formatMonth(months[months.length - 1])}`}</dd>
        </div>
      </dl>
      <RowErrors errors={preview.errors} title="This file cannot be imported until these rows are fixed." />
      <div className="tp-table-wrap tp-table-wrap--fit">
        <table className="tp-table tp-table--compact">
          <caption className="act-caption">Spend by target, with the current mapping rules</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Rows</th>
              <th scope="col">Cost, USD</th>
              <th scope="col">Tokens</th>
            </tr>
          </thead>
          <tbody>
            {preview.byTarget.filter((t) => t.target !== null).map((t, i) => (
              <tr key={i}>
                <th scope="row">{targetLabel(t.target, lists)}</th>
                <td>{formatCount(t.rows)}</td>
                <td>{formatMoneyCents(t.cost)}</td>
                <td>{formatTokens(t.tokens, false)}</td>
              </tr>
            ))}
            <tr className="act-unmapped-row" data-row="unmapped">
              <th scope="row">Unmapped <InfoTip label="unmapped spend">Spend no mapping rule matches. It is imported and kept (never dropped) and shown as its own line in the variance; add a rule to map it.</InfoTip></th>
              <td>{formatCount(preview.unmapped.rows)}</td>
              <td>{formatMoneyCents(preview.unmapped.cost)}</td>
              <td>{formatTokens(preview.unmapped.tokens, false)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {preview.unmapped.samples.length > 0 ? (
        <details className="act-samples">
          <summary>Sample unmapped rows ({formatCount(preview.unmapped.samples.length)})</summary>
          <ul>
            {preview.unmapped.samples.map((s) => (
              <li key={s.row}>Row {s.row}: <code>{dims(s.dimensions)}</code></li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
