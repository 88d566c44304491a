import type { PlatformPath } from './documentPath';
import { useDocValue, useEditor } from './EditorContext';
import { NumberField, SelectField } from './fields';

/** Auto-sized fleet (nodes follow demand) or a fixed node count (a reserved commitment when rented). */
export function FleetEditor({ base }: { base: PlatformPath }) {
  const { change } = useEditor();
  const path = [...base, 'fleet'] as const;
  const fleet = (useDocValue(path) ?? {}) as Record<string, unknown>;
  const mode = String(fleet['mode'] ?? 'auto');
  const setMode = (next: string) => {
    const targetUtilization = fleet['targetUtilization'] ?? '0.6';
    change(path, next === 'fixed' ? { mode: 'fixed', nodes: 10, targetUtilization } : { mode: 'auto', targetUtilization });
  };
  return (
    <fieldset className="field-group">
      <legend>Fleet sizing</legend>
      <SelectField
        path={[...path, 'mode']}
        choices={[
          { value: 'auto', label: 'Auto: nodes follow demand' },
          { value: 'fixed', label: 'Fixed node count' },
        ]}
        onSelect={setMode}
      />
      <div className="field-grid field-grid--2">
        <NumberField path={[...path, 'targetUtilization']} />
        {mode === 'fixed' ? (
          <NumberField path={[...path, 'nodes']} integer />
        ) : (
          <NumberField path={[...path, 'maxNodes']} integer optional />
        )}
      </div>
    </fieldset>
  );
}
