// Spec §8 migration path: "from month … served by …" steps; one step is a plain target.
import { fieldId } from './documentPath';
import { useDocValue, useEditor } from './EditorContext';
import { NumberField, SelectField, type Choice } from './fields';
import { addStep, calendarMonth, removeStep, servedByOf, stepsOf, targetOf, targetValue } from './servedByPath';

interface MigrationPathProps {
  index: number;
  name: string;
  choices: readonly Choice[];
}

export function MigrationPath({ index, name, choices }: MigrationPathProps) {
  const { change, issueUnder, readOnly } = useEditor();
  const base = ['applications', index] as const;
  const servedBy = useDocValue([...base, 'servedBy']);
  const start = useDocValue(['start']);
  const horizon = useDocValue(['horizonMonths']);
  const steps = stepsOf(servedBy);
  const schedule = Array.isArray(servedBy);
  const setSteps = (next: ReturnType<typeof stepsOf>) => change([...base, 'servedBy'], servedByOf(next));

  return (
    <fieldset className="field-group">
      <legend>Migration path</legend>
      <p className="field-hint">Move the application to another platform or API from a given month; earlier months keep the earlier target.</p>
      <ol className="migration-steps" aria-label={`Migration path of ${name}`}>
        {steps.map((step, i) => {
          const targetPath = [...base, 'servedBy', i, 'target'] as const;
          return (
            <li className="migration-step" key={i}>
              {i === 0 ? (
                <span className="fixed-month">
                  From month 0 <span className="month-of">({calendarMonth(start, 0) ?? 'start'})</span>
                </span>
              ) : (
                <NumberField
                  path={[...base, 'servedBy', i, 'fromMonth']}
                  label={`From month, step ${i + 1} of ${name}`}
                  unit={calendarMonth(start, step.fromMonth) ?? 'month'}
                  integer
                  compact
                />
              )}
              {schedule ? (
                <SelectField
                  path={targetPath}
                  label={`Served by, step ${i + 1} of ${name}`}
                  value={targetValue(step.target)}
                  choices={choices}
                  compact
                  error={issueUnder(targetPath)}
                  onSelect={(v) => change(targetPath, targetOf(v))}
                />
              ) : (
                <SelectField
                  id={`${fieldId([...base, 'servedBy'])}-step`}
                  label={`Served by, step 1 of ${name}`}
                  value={targetValue(step.target)}
                  choices={choices}
                  compact
                  onSelect={(v) => change([...base, 'servedBy'], targetOf(v))}
                />
              )}
              {i === 0 || readOnly ? (
                <span />
              ) : (
                <button type="button" className="button button--quiet" aria-label={`Remove step ${i + 1} of ${name}`} onClick={() => setSteps(removeStep(steps, i))}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            onClick={() => setSteps(addStep(steps, choices.map((c) => c.value), typeof horizon === 'number' ? horizon : 60))}
          >
            Add a step
          </button>
        </div>
      )}
    </fieldset>
  );
}
