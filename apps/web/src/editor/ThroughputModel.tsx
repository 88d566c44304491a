import { useState } from 'react';
import { CurveChart } from './CurveChart';
import { curveOperatingPoints, kneeOf } from './curveOperatingPoints';
import { CurvePointsTable } from './CurvePointsTable';
import type { DocPath } from './documentPath';
import { useEditor } from './EditorContext';
import { fieldText, NumberField } from './fields';
import { convertThroughput, curvePointsOf, kindOf, type ThroughputKind } from './throughputForms';

const KINDS: { kind: ThroughputKind; label: string; help: string }[] = [
  { kind: 'all', label: 'One rate', help: 'One rate for input and output tokens alike (tokens/s per GPU, at 100 % busy, today’s software).' },
  { kind: 'byClass', label: 'Input / output rates', help: 'Prefill (input) and decode (output) rates apart: an application’s GPU time follows its output share; cached input needs no prefill.' },
  {
    kind: 'curve',
    label: 'Interactivity curve',
    help: 'Throughput per GPU against tokens/s each user gets: each application runs at its minimum interactivity (its SLA), throughput interpolated linearly between points. The knee is where throughput falls below half the first point’s.',
  },
];

interface ThroughputModelProps {
  /** platforms[i].throughput */
  path: readonly ['platforms', number, 'throughput'];
  model: string;
  value: unknown;
  platformId: string;
  applications: readonly Record<string, unknown>[];
  onRename: (to: string) => void;
  onRemove: () => void;
}

/** One model's throughput figure: its form (one rate, by class, curve) and the fields of that form. */
export function ThroughputModel({ path, model, value, platformId, applications, onRename, onRemove }: ThroughputModelProps) {
  const { change, readOnly } = useEditor();
  const figurePath = [...path, model] as const;
  const kind = kindOf(value);
  const help = KINDS.find((k) => k.kind === kind)?.help;
  const points = curvePointsOf(value);
  return (
    <section className="throughput-model" aria-label={`Throughput of ${model}`}>
      <div className="throughput-model-head">
        <ModelNameInput value={model} label={`Model id (${model})`} onCommit={onRename} readOnly={readOnly} />
        <div className="segmented" role="group" aria-label={`Throughput form of ${model}`}>
          {KINDS.map((k) => (
            <button
              key={k.kind}
              type="button"
              aria-pressed={kind === k.kind}
              disabled={readOnly && kind !== k.kind}
              onClick={() => change(figurePath as unknown as DocPath, convertThroughput(value, k.kind))}
            >
              {k.label}
            </button>
          ))}
        </div>
        {readOnly ? null : (
          <button type="button" className="button button--quiet" onClick={onRemove} aria-label={`Remove throughput for ${model}`}>
            ×
          </button>
        )}
      </div>
      <p className="field-hint">{help}</p>
      {kind === 'all' ? <NumberField path={figurePath} label={`Tokens per second per GPU for ${model}`} unit="tok/s" /> : null}
      {kind === 'byClass' ? (
        <div className="field-grid field-grid--2">
          {(['input', 'output'] as const).map((rate) => {
            // Label, unit and hint are the model's (INPUT_LABELS `platforms[].throughput[model].input`).
            const ratePath = [...figurePath, rate] as unknown as DocPath;
            return <NumberField key={rate} path={ratePath} label={`${fieldText(ratePath).label} for ${model}`} />;
          })}
        </div>
      ) : null}
      {kind === 'curve' ? (
        <>
          <CurvePointsTable figurePath={figurePath} model={model} points={points} />
          <CurveChart model={model} points={points} operating={curveOperatingPoints(points, applications, platformId, model)} knee={kneeOf(points)} />
        </>
      ) : null}
    </section>
  );
}

/** A model id, renamed when the input loses focus (so typing never collides with another key). */
function ModelNameInput({ value, label, onCommit, readOnly }: { value: string; label: string; onCommit: (next: string) => void; readOnly: boolean }) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      className="input throughput-model-name"
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
