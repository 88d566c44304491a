import { parseCurveCsv, type CurveCsvHardware } from '@tokenplan/model';
import { useId, useRef, useState } from 'react';
import type { AnyPath, DocPath } from './documentPath';
import { useEditor } from './EditorContext';

interface CurveCsvImportProps {
  /** platforms[i].throughput */
  path: AnyPath;
  throughput: Record<string, unknown>;
  /** Id and name of the platform: the hardware preselected when the file has several. */
  platformId: string;
  platformName: string;
}

type State =
  | { step: 'idle' }
  | { step: 'errors'; file: string; errors: readonly string[] }
  | { step: 'choose'; file: string; hardware: readonly CurveCsvHardware[]; notes: readonly string[]; chosen: string }
  | { step: 'done'; file: string; hardware: string; models: readonly string[]; notes: readonly string[] };

/**
 * "Import curve CSV": rows of hardware, model, interactivity, throughput (the shape InferenceX
 * publishes). A bad file lists its bad rows and changes nothing; a file with several hardware
 * asks which one this platform is; the curves of the chosen hardware replace the figures of
 * their models (other models keep theirs).
 */
export function CurveCsvImport({ path, throughput, platformId, platformName }: CurveCsvImportProps) {
  const { change, readOnly } = useEditor();
  const [state, setState] = useState<State>({ step: 'idle' });
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  if (readOnly) return null;

  const apply = (file: string, hardware: CurveCsvHardware, notes: readonly string[]) => {
    const next = { ...throughput };
    for (const curve of hardware.curves) next[curve.model] = { curve: curve.points.map((p) => ({ ...p })) };
    change(path as DocPath, next);
    setState({ step: 'done', file, hardware: hardware.hardware, models: hardware.curves.map((c) => c.model), notes });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseCurveCsv(await readText(file));
    if (input.current) input.current.value = ''; // the same file can be chosen again after a fix
    if (!result.ok) return setState({ step: 'errors', file: file.name, errors: result.errors });
    const [only] = result.hardware;
    if (result.hardware.length === 1 && only) return apply(file.name, only, result.notes);
    const match = result.hardware.find((h) => [platformId, platformName].some((n) => n.trim().toLowerCase() === h.hardware.toLowerCase()));
    setState({ step: 'choose', file: file.name, hardware: result.hardware, notes: result.notes, chosen: (match ?? result.hardware[0])?.hardware ?? '' });
  };

  return (
    <div className="curve-import">
      <input
        id={inputId}
        ref={input}
        className="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <label htmlFor={inputId} className="button button--small curve-import-button">
        Import curve CSV
      </label>
      <p className="field-hint" id={`${inputId}-hint`}>
        Columns hardware, model, interactivity (tok/s per user), throughput (tok/s per GPU), with a header row — as InferenceX publishes them.
      </p>
      {state.step === 'errors' ? (
        <div className="inline-error curve-import-errors" role="alert">
          <strong>{state.file} was not imported</strong> — nothing changed:
          <ul>
            {state.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.step === 'choose' ? (
        <div className="curve-import-choose" role="group" aria-label="Choose the hardware of this platform">
          <label htmlFor={`${inputId}-hw`}>{state.file} has curves for {state.hardware.length} hardware: which one is this platform?</label>
          <div className="button-row">
            <select id={`${inputId}-hw`} className="input" value={state.chosen} onChange={(e) => setState({ ...state, chosen: e.target.value })}>
              {state.hardware.map((h) => (
                <option key={h.hardware} value={h.hardware}>
                  {h.hardware} ({h.curves.length === 1 ? '1 model' : `${h.curves.length} models`})
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => {
                const hw = state.hardware.find((h) => h.hardware === state.chosen);
                if (hw) apply(state.file, hw, state.notes.filter((n) => n.includes(` on ${hw.hardware}:`)));
              }}
            >
              Fill curves
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <div className="notice curve-import-done" role="status">
          Filled {state.models.length === 1 ? 'the curve' : `${state.models.length} curves`} of {state.models.join(', ')} from {state.hardware} ({state.file}).
          {state.notes.length > 0 ? (
            <ul>
              {state.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The file's text (FileReader where Blob.text is missing, e.g. older engines and jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}
