import { useId, useRef, useState } from 'react';
import { detectFormat, FORMAT_LABELS } from './detectFormat';
import type { ActualsFormat } from './types';

export interface PickedFile {
  fileName: string;
  content: string;
  /** Detected from the extension and header; null when the user must choose. */
  detected: ActualsFormat | null;
}

const MAX_BYTES = 10 * 1024 * 1024;

/** The file as UTF-8 text (FileReader: Blob.text() is missing in older engines and in jsdom). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

/** A drop zone with a file input (keyboard: the input itself); reads the file as text. */
export function UploadPanel({ onFile, disabled }: { onFile: (file: PickedFile) => void; disabled?: boolean }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return setError(`${file.name} is larger than 10 MB; split it by month and import the parts.`);
    setError(null);
    let content: string;
    try {
      content = await readText(file);
    } catch {
      return setError(`${file.name} could not be read.`);
    }
    onFile({ fileName: file.name, content, detected: detectFormat(file.name, content) });
    if (input.current) input.current.value = '';
  };

  return (
    <div
      className={`act-drop${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) void read(e.dataTransfer.files[0]);
      }}
    >
      <p className="act-drop__title">Drop a FOCUS CSV, a LiteLLM spend log or an OpenCost export here</p>
      <p className="act-drop__hint">
        or{' '}
        <label htmlFor={inputId} className={`button act-drop__button${disabled ? ' is-disabled' : ''}`}>
          Choose a file…
          <input
            ref={input}
            id={inputId}
            className="visually-hidden"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={disabled}
            aria-label="Actuals file"
            onChange={(e) => void read(e.target.files?.[0])}
          />
        </label>
        {' '}(CSV or JSON, up to 10 MB). Nothing is stored until you confirm the import.
      </p>
      {error ? <p className="inline-error" role="alert">{error}</p> : null}
    </div>
  );
}

export function FormatSelect({ value, detected, onChange }: { value: ActualsFormat | null; detected: ActualsFormat | null; onChange: (f: ActualsFormat) => void }) {
  const id = useId();
  return (
    <div className="act-format">
      <label htmlFor={id}>Format</label>
      <select id={id} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value as ActualsFormat)}>
        {value === null ? <option value="">Choose the format…</option> : null}
        {(Object.keys(FORMAT_LABELS) as ActualsFormat[]).map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}{f === detected ? ' (detected)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
