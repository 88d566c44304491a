// A checked claim: the verdict, what it implies, each library reference with its source one click
// away, the user's scenario beside it, and the inputs that would make it true.
import { Link } from 'react-router-dom';
import { formatFigure, VERDICT_LABELS } from './format';
import type { ClaimCheckView, FigureView, ReferenceView } from './api';

function Source({ reference }: { reference: ReferenceView }) {
  return (
    <a href={reference.source.url} target="_blank" rel="noreferrer" className="claim-source" title={reference.source.title}>
      {reference.source.publisher}, {reference.asOf}
    </a>
  );
}

function FigureList({ figures, label }: { figures: readonly FigureView[]; label: string }) {
  return (
    <dl className="claim-figures" aria-label={label}>
      {figures.map((f) => (
        <div key={f.key + f.label} className="claim-figure">
          <dt>{f.label}</dt>
          <dd>
            <strong>{formatFigure(f.value, f.unit)}</strong>
            {f.formula ? <small>{f.formula}</small> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ClaimResult({ result, onBuild, building, open }: { result: ClaimCheckView; onBuild: () => void; building: boolean; open: boolean }) {
  return (
    <article aria-label={`Check: ${result.title}`}>
      <details className="claim-result" open={open}>
      <summary>
        <h2>{result.title}</h2>
        <p className="claim-statement">“{result.statement}”</p>
        <p className="claim-verdict" role="status">{result.verdict}</p>
      </summary>

      <section>
        <h3>What it implies</h3>
        <FigureList figures={result.implied} label="What the claim implies" />
      </section>

      <section>
        <h3>Against the reference library</h3>
        <table className="claim-table">
          <thead>
            <tr><th scope="col">Reference</th><th scope="col">Value</th><th scope="col">Claim at this reference</th><th scope="col">Verdict</th><th scope="col">Source</th></tr>
          </thead>
          <tbody>
            {result.library.map((row, i) => (
              <tr key={`${row.reference.id}-${i}`} className={`verdict-${row.verdict}`}>
                <th scope="row">
                  {row.reference.subject}
                  <small><Link to={`/reference?id=${encodeURIComponent(row.reference.id)}`} title="Open this entry in the reference library">{row.reference.id}</Link>{row.reference.operatingPoint ? ` · ${row.reference.operatingPoint}` : ''}{row.reference.vendorClaim ? ' · vendor claim' : ''}</small>
                </th>
                <td className="num">
                  {formatFigure(row.reference.value, row.reference.unit)}
                  {row.reference.range ? <small>range {formatFigure(row.reference.range.low, row.reference.unit)} – {formatFigure(row.reference.range.high, row.reference.unit)}</small> : null}
                  <small>confidence {row.reference.confidence}</small>
                </td>
                <td>
                  <strong>{formatFigure(row.figure.value, row.figure.unit)}</strong> <span className="muted">{row.figure.label}</span>
                  <small>{row.note}</small>
                </td>
                <td><span className={`claim-badge claim-badge--${row.verdict}`}>{VERDICT_LABELS[row.verdict]}</span></td>
                <td><Source reference={row.reference} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {result.scenario ? (
        <section>
          <h3>Against your scenario “{result.scenario.name}”</h3>
          {result.scenario.rows.length === 0 ? <p className="muted">This scenario has no platforms: every token comes from an API.</p> : null}
          {result.scenario.rows.map((row) => (
            <div key={row.platformId} className="claim-scenario-row">
              <h4>{row.platformName}</h4>
              <FigureList figures={row.figures} label={`${row.platformName} figures`} />
              <p className="muted">{row.note}</p>
            </div>
          ))}
        </section>
      ) : null}

      <section>
        <h3>Inputs that would make it true</h3>
        <FigureList figures={result.inputs} label="Inputs that would make it true" />
        <div className="claim-actions">
          <button type="button" className="claim-btn claim-btn--primary" onClick={onBuild} disabled={building}>
            {building ? 'Building…' : 'Build a scenario from these inputs'}
          </button>
          <span className="muted">Creates a scenario you can edit (revenue mode, platforms and demand from the inputs above).</span>
        </div>
      </section>
      </details>
    </article>
  );
}
