import './throughput.css';
import { asList, fieldId, type PlatformPath } from './documentPath';
import { useDocValue, useEditor } from './EditorContext';
import { CurveCsvImport } from './CurveCsvImport';
import { runsOn } from './curveOperatingPoints';
import { ThroughputModel } from './ThroughputModel';

/**
 * Throughput of each model the platform serves (spec §9): one rate, input/output rates or an
 * interactivity curve, at 100 % busy on day-one software; curves import from a CSV.
 */
export function ThroughputEditor({ base }: { base: PlatformPath }) {
  const { change, issueAt, readOnly } = useEditor();
  const path = [...base, 'throughput'] as const;
  const raw = useDocValue(path);
  const throughput = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const models = Object.keys(throughput);
  const platformId = String(useDocValue([...base, 'id']) ?? '');
  const platformName = String(useDocValue([...base, 'name']) ?? '');
  const applications = asList(useDocValue(['applications']));
  const neededModels = [
    ...new Set(
      applications
        .filter((a) => runsOn(a['servedBy'], platformId))
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
    <fieldset className="field-group throughput-editor" aria-describedby={error ? `${fieldId(path)}-error` : undefined}>
      <legend>Throughput per model</legend>
      {models.length === 0 ? <p className="muted empty-note">No model yet: add the models this platform serves.</p> : null}
      {models.map((model) => (
        <ThroughputModel
          key={model}
          path={path}
          model={model}
          value={throughput[model]}
          platformId={platformId}
          applications={applications}
          onRename={(to) => rename(model, to)}
          onRemove={() => remove(model)}
        />
      ))}
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
      <CurveCsvImport path={path} throughput={throughput} platformId={platformId} platformName={platformName} />
    </fieldset>
  );
}

function uniqueModel(models: string[]): string {
  for (let n = 1; ; n++) if (!models.includes(`model-${n}`)) return `model-${n}`;
}
