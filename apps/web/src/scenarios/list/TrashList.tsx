import { useEffect, useState } from 'react';
import { listDeletedScenarios, type ScenarioSummary } from '../api';

/** Deleted scenarios that can still be restored. */
export function TrashList({ refresh, onRestore }: { refresh: number; onRestore: (s: ScenarioSummary) => void }) {
  const [items, setItems] = useState<ScenarioSummary[] | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    let alive = true;
    setError(false);
    listDeletedScenarios().then(
      (list) => alive && setItems(list),
      () => alive && setError(true),
    );
    return () => {
      alive = false;
    };
  }, [refresh]);
  if (error) return <p className="inline-error" role="alert">Could not load deleted scenarios.</p>;
  if (!items) return <p className="muted">Loading…</p>;
  if (items.length === 0) return <p className="muted">Nothing deleted in the last 30 days.</p>;
  return (
    <ul className="trash-list">
      {items.map((s) => (
        <li key={s.id}>
          <span>{s.name}</span>
          <span className="muted">deleted {s.deletedAt ? new Date(s.deletedAt).toLocaleString() : ''}</span>
          <button type="button" className="button button--small" onClick={() => onRestore(s)} aria-label={`Restore ${s.name}`}>
            Restore
          </button>
        </li>
      ))}
    </ul>
  );
}
