import { useState } from 'react';
import { PRESETS } from '@tokenplan/model';
import { blankScenario } from '../../editor/newItems';

export type CreateChoice = { kind: 'blank'; name: string } | { kind: 'template'; templateId: string };

/** Start a scenario: blank, or from a sourced template (the Blackwell vs Hopper pair, own vs API). */
export function NewScenarioPanel({ busy, onCreate, onCancel }: { busy: boolean; onCreate: (choice: CreateChoice) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  return (
    <section className="new-scenario panel" aria-labelledby="new-scenario-title">
      <header className="editor-section-head">
        <h2 id="new-scenario-title">New scenario</h2>
        <button type="button" className="button button--quiet" onClick={onCancel} aria-label="Close new scenario">×</button>
      </header>
      <div className="template-grid">
        {PRESETS.map((preset) => (
          <article key={preset.id} className="template-card">
            <h3>{preset.title}</h3>
            <p>{preset.description}</p>
            <p className="muted small">
              Creates {preset.scenarios.length === 1 ? 'one scenario' : `${preset.scenarios.length} scenarios`}: {preset.scenarios.map((s) => String(s['name'])).join(' and ')}. Sourced defaults, all editable.
            </p>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => onCreate({ kind: 'template', templateId: preset.id })}>
              Create from “{preset.title}”
            </button>
          </article>
        ))}
        <form
          className="template-card"
          onSubmit={(e) => {
            e.preventDefault();
            onCreate({ kind: 'blank', name: name.trim() || 'Untitled scenario' });
          }}
        >
          <h3>Blank</h3>
          <p>One application bought from an API: add platforms, options and applications yourself.</p>
          <label htmlFor="blank-name">Name</label>
          <input id="blank-name" className="input" value={name} placeholder="Untitled scenario" onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button" disabled={busy}>Create blank scenario</button>
        </form>
      </div>
    </section>
  );
}

export function blankDocument(name: string): Record<string, unknown> {
  const now = new Date();
  const start = `${now.getFullYear() + (now.getMonth() === 11 ? 1 : 0)}-${String(((now.getMonth() + 1) % 12) + 1).padStart(2, '0')}`;
  return blankScenario(name, start);
}
