import { Link } from 'react-router-dom';
import { SharedBadge } from '../../sharing/SharedBadge';
import { relative } from '../../editor/SaveControls';
import type { ScenarioSummary } from '../api';

interface ScenarioTableProps {
  items: ScenarioSummary[];
  nameOf: (id: string | null) => string | null;
  busyId: string | null;
  onDuplicate: (s: ScenarioSummary) => void;
  onDelete: (s: ScenarioSummary) => void;
}

export function ScenarioTable({ items, nameOf, busyId, onDuplicate, onDelete }: ScenarioTableProps) {
  return (
    <table className="ws-table scenario-table">
      <caption className="visually-hidden">Scenarios</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Last edited</th>
          <th scope="col">Version</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {items.map((s) => {
          const by = nameOf(s.updatedBy);
          return (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/scenarios/${s.id}`}>{s.name}</Link>
                {s.isDraft ? <span className="badge badge--warn">Draft</span> : null}
                <SharedBadge shared={s.shared} />
              </th>
              <td>
                <time dateTime={s.updatedAt} title={new Date(s.updatedAt).toLocaleString()}>{relative(s.updatedAt)}</time>
                {by ? <span className="muted"> by {by}</span> : null}
              </td>
              <td>v{s.version}</td>
              <td className="row-actions">
                {s.canEdit ? (
                  <button type="button" className="button button--small" disabled={busyId === s.id} onClick={() => onDuplicate(s)} aria-label={`Duplicate ${s.name}`}>
                    Duplicate
                  </button>
                ) : null}
                {s.canManage ? (
                  <button type="button" className="button button--small button--danger" disabled={busyId === s.id} onClick={() => onDelete(s)} aria-label={`Delete ${s.name}`}>
                    Delete
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
