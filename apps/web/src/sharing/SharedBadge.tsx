// The scenario list's "Shared" badge: who else sees a scenario, said in its title and accessible name.
import type { ScenarioSummary } from '../scenarios/api';
import './sharing.css';

export function sharedText(shared: NonNullable<ScenarioSummary['shared']>): string {
  const people = shared.people === 1 ? '1 person' : `${shared.people} people`;
  if (shared.workspace) return shared.people > 0 ? `Shared with the workspace and ${people}` : 'Shared with the workspace';
  return `Shared with ${people}`;
}

export function SharedBadge({ shared }: { shared: ScenarioSummary['shared'] }) {
  if (!shared) return null;
  const text = sharedText(shared);
  return (
    <span className="badge shared-badge" title={text}>
      Shared<span className="sr-only">: {text}</span>
    </span>
  );
}
