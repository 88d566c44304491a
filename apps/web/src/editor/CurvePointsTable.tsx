import { pathText, type AnyPath, type DocPath } from './documentPath';
import { useEditor } from './EditorContext';
import { NumberField } from './fields';
import { nextPoint, type DraftPoint } from './throughputForms';

interface CurvePointsTableProps {
  /** Path of the model's figure: platforms[i].throughput[model]. */
  figurePath: AnyPath;
  model: string;
  points: readonly DraftPoint[];
}

/**
 * The curve's points, one row each: interactivity (tokens/s per user) and throughput (tokens/s
 * per GPU). A point that breaks the curve's shape (interactivity not above the previous, or
 * throughput rising) shows its message under the row (issue path …curve[k]).
 */
export function CurvePointsTable({ figurePath, model, points }: CurvePointsTableProps) {
  const { change, issueAt, readOnly } = useEditor();
  const curvePath = [...figurePath, 'curve'] as unknown as DocPath;
  const setPoints = (next: readonly DraftPoint[]) => change(curvePath, next);
  const curveError = issueAt(curvePath);
  return (
    <div className="curve-points">
      <table className="mini-table">
        <caption className="visually-hidden">Interactivity curve points of {model}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Interactivity (tok/s per user)</th>
            <th scope="col">Throughput (tok/s per GPU)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((_, k) => {
            const pointPath = [...curvePath, k] as unknown as DocPath;
            const rowError = issueAt(pointPath);
            return (
              <PointRow
                key={k}
                k={k}
                model={model}
                pointPath={pointPath}
                rowError={rowError}
                canRemove={!readOnly && points.length > 2}
                onRemove={() => setPoints(points.filter((__, j) => j !== k))}
              />
            );
          })}
        </tbody>
      </table>
      {curveError ? (
        <p className="field-error" role="alert">
          {curveError}
        </p>
      ) : null}
      {readOnly ? null : (
        <button type="button" className="button button--small" onClick={() => setPoints([...points, nextPoint(points)])} disabled={points.length >= 200}>
          Add point
        </button>
      )}
    </div>
  );
}

interface PointRowProps {
  k: number;
  model: string;
  pointPath: DocPath;
  rowError: string | undefined;
  canRemove: boolean;
  onRemove: () => void;
}

function PointRow({ k, model, pointPath, rowError, canRemove, onRemove }: PointRowProps) {
  const errorId = `${pathText(pointPath).replace(/[^\w-]/g, '_')}-row-error`;
  return (
    <>
      <tr className={rowError ? 'curve-point curve-point--invalid' : 'curve-point'} data-path={pathText(pointPath)} tabIndex={-1} aria-describedby={rowError ? errorId : undefined}>
        <td className="curve-point-index">{k + 1}</td>
        <td>
          <NumberField path={[...pointPath, 'interactivity'] as unknown as DocPath} label={`Interactivity of point ${k + 1} (${model})`} unit="tok/s/user" compact />
        </td>
        <td>
          <NumberField path={[...pointPath, 'tokensPerSecondPerGpu'] as unknown as DocPath} label={`Throughput of point ${k + 1} (${model})`} unit="tok/s" compact />
        </td>
        <td>
          {canRemove ? (
            <button type="button" className="button button--quiet" aria-label={`Remove point ${k + 1} of ${model}`} onClick={onRemove}>
              ×
            </button>
          ) : null}
        </td>
      </tr>
      {rowError ? (
        <tr className="curve-point-error">
          <td />
          <td colSpan={3}>
            <p className="field-error" id={errorId} role="alert">
              Point {k + 1}: {rowError}
            </p>
          </td>
        </tr>
      ) : null}
    </>
  );
}
