import { useState } from 'react';
import { asList, fieldId, type PlatformPath } from './documentPath';
import { useDocValue, useEditor } from './EditorContext';
import { NumberField } from './fields';

/** Tokens per second per GPU for each model the platform serves, at 100 % busy on day-one software. */
export function ThroughputEditor({ base }: { base: PlatformPath }) {
  const { change, issueAt, readOnly } = useEditor();
  const path = [...base, 'throughput'] as const;
  const raw = useDocValue(path);
  const throughput = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const models = Object.keys(throughput);
  const platformId = String(useDocValue([...base, 'id']) ?? '');
  const applications = useDocValue(['applications']);
  const neededModels = [
    ...new Set(
      asList(applications)
        .filter((a) => (a['servedBy'] as { platform?: string } | undefined)?.platform === platformId)
        .map((a) => String(a['model'] ?? ''))
        .filter((m) => m !== '' && !models.includes(m)),
    ),
  ];
  const error = issueAt(path);

  const rename = (from: string, to: string) => {
    if (to === from || to === '' || models.includes(to)) return;
    change(path, Object.fromEntries(Object.entries(throughput).map(([k, v]) => [k === from ? to : k, v])));
  };
  const remove = (model: string) => change(path, Object.fromEntries(Object.entries(throughput).filter(([k]) => k !== model)));
  const add = (model: string) => change(path, { ...throughput, [model]: '1000' });

  return (
    <fieldset className="field-group" aria-describedby={error ? `${fieldId(path)}-error` : undefined}>
      <legend>Throughput per model</legend>
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Tokens/s per GPU</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr key={model}>
              <td>
                <ModelNameInput value={model} label={`Model id (${model})`} onCommit={(to) => rename(model, to)} readOnly={readOnly} />
              </td>
              <td>
                <NumberField path={[...path, model]} label={`Tokens per second per GPU for ${model}`} unit="tok/s" compact />
              </td>
              <td>
                {readOnly ? null : (
                  <button type="button" className="button button--quiet" onClick={() => remove(model)} aria-label={`Remove throughput for ${model}`}>
                    ×
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? (
        <p className="field-error" id={`${fieldId(path)}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {readOnly ? null : (
        <div className="button-row">
          {neededModels.map((m) => (
            <button key={m} type="button" className="button button--small button--primary-outline" onClick={() => add(m)}>
              Add {m}
            </button>
          ))}
          <button type="button" className="button button--small" onClick={() => add(uniqueModel(models))}>
            Add model
          </button>
        </div>
      )}
    </fieldset>
  );
}

function uniqueModel(models: string[]): string {
  for (let n = 1; ; n++) if (!models.includes(`model-${n}`)) return `model-${n}`;
}

/** A model id, renamed when the input loses focus (so typing never collides with another key). */
function ModelNameInput({ value, label, onCommit, readOnly }: { value: string; label: string; onCommit: (next: string) => void; readOnly: boolean }) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      className="input"
      aria-label={label}
      value={text ?? value}
      readOnly={readOnly}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text !== null) onCommit(text.trim());
        setText(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
    />
  );
}
