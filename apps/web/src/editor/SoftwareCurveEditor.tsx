import { memo } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlatformPath } from './documentPath';
import { useDocValue, useEditor } from './EditorContext';
import { NumberField, SelectField } from './fields';
import { multiplierDomain, multiplierSeries } from './softwareMultiplier';

const DEFAULTS: Record<string, Record<string, unknown>> = {
  none: { type: 'none' },
  compound: { type: 'compound', annualImprovement: '0.3', cap: '2' },
  steps: { type: 'steps', steps: [{ month: 2, multiplier: '2' }] },
};

/** How inference-software releases raise throughput on the same hardware, with a preview. */
export function SoftwareCurveEditor({ base }: { base: PlatformPath }) {
  const { change, readOnly } = useEditor();
  const path = [...base, 'softwareCurve'] as const;
  const curve = useDocValue(path) as Record<string, unknown> | undefined;
  const type = String(curve?.['type'] ?? 'none');
  const steps = Array.isArray(curve?.['steps']) ? (curve['steps'] as unknown[]) : [];
  const horizon = Number(useDocValue(['horizonMonths'])) || 60;

  return (
    <fieldset className="field-group">
      <legend>Software improvement</legend>
      <SelectField
        path={[...path, 'type']}
        label="Curve"
        choices={[
          { value: 'none', label: 'None (flat)' },
          { value: 'compound', label: 'Compound yearly gain, capped' },
          { value: 'steps', label: 'Steps at given months' },
        ]}
        onSelect={(v) => change(path, DEFAULTS[v] ?? DEFAULTS['none'])}
      />
      {type === 'compound' ? (
        <div className="field-grid field-grid--2">
          <NumberField path={[...path, 'annualImprovement']} />
          <NumberField path={[...path, 'cap']} unit="× day one" />
        </div>
      ) : null}
      {type === 'steps' ? (
        <div>
          {steps.map((_, i) => (
            <div className="field-grid field-grid--3 step-row" key={i}>
              <NumberField path={[...path, 'steps', i, 'month']} label={`Step ${i + 1} month`} unit="month" integer />
              <NumberField path={[...path, 'steps', i, 'multiplier']} label={`Step ${i + 1} multiplier`} />
              {readOnly ? null : (
                <button type="button" className="button button--quiet" aria-label={`Remove step ${i + 1}`} onClick={() => change([...path, 'steps'], steps.filter((__, j) => j !== i))}>
                  ×
                </button>
              )}
            </div>
          ))}
          {readOnly ? null : (
            <button type="button" className="button button--small" onClick={() => change([...path, 'steps'], [...steps, { month: 12, multiplier: '1.5' }])}>
              Add step
            </button>
          )}
        </div>
      ) : null}
      <SoftwareCurvePreview curve={curve} months={horizon} />
    </fieldset>
  );
}

/** Memoised: a Recharts chart costs several ms to re-render; it changes only with its curve and horizon. */
const SoftwareCurvePreview = memo(function SoftwareCurvePreview({ curve, months }: { curve: unknown; months: number }) {
  const data = multiplierSeries(curve, months);
  if (data.length === 0) return null;
  const last = data[data.length - 1]?.m ?? 1;
  return (
    <figure className="curve-preview" aria-label={`Throughput multiplier reaches ${last.toFixed(2)}× by month ${data.length - 1}`}>
      <ResponsiveContainer width="100%" height={90}>
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="t" tick={{ fontSize: 10 }} interval={Math.max(0, Math.ceil(data.length / 5) - 1)} />
          <YAxis tick={{ fontSize: 10 }} domain={multiplierDomain(data.map((d) => d.m))} tickFormatter={(v: number) => `${v.toFixed(1)}×`} width={40} />
          <Tooltip formatter={(v) => [`${Number(v).toFixed(2)}×`, 'Multiplier']} labelFormatter={(t) => `Month ${String(t)}`} />
          <Line type="stepAfter" dataKey="m" stroke="#2c5282" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        Throughput × {last.toFixed(2)} by month {data.length - 1}
      </figcaption>
    </figure>
  );
});
