// The editor's inputs: every one labelled, its unit visible, its validation message beside it.
import { inputLabel, UNIT_SYMBOLS } from '@tokenplan/model';
import { useId, useState, type ReactNode } from 'react';
import { fieldId, pathText, type DocPath } from './documentPath';
import { useDocValue, useEditor } from './EditorContext';
import { isPercentPath } from './issueMessages';
import { abbreviate, formatForInput, parseInteger, parseNumber } from './parseNumber';
import { ReferencePicker } from '../reference/ReferencePicker';

interface FieldFrameProps {
  id: string;
  label: string;
  unit?: string | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  compact?: boolean | undefined;
}

/** Label above, input with its unit, then the error (or a hint). */
export function FieldFrame({ id, label, unit, hint, error, children, compact }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${compact ? ' field--compact' : ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="field-control">
        {children}
        {unit ? (
          <span className="field-unit" aria-hidden="true">
            {unit}
          </span>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error: string | undefined, hint: unknown): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

interface FieldTextProps {
  label?: string | undefined;
  /** In a compact row: the item's name, for the label "Team of Chat". */
  of?: string | undefined;
  unit?: string | undefined;
  hint?: ReactNode;
  percent?: boolean | undefined;
}

/**
 * Label, unit and hint of the field at `path` as the model names it (INPUT_LABELS), unless the
 * caller gives its own; a fraction (share, rate) is typed in percent.
 */
export function fieldText(path: DocPath | undefined, given: FieldTextProps = {}) {
  const meta = path ? inputLabel(path) : undefined;
  const label = meta?.label ?? (path ? pathText(path) : '');
  return {
    label: given.label ?? (given.of === undefined ? label : `${label} of ${given.of}`),
    unit: given.unit ?? (meta && UNIT_SYMBOLS[meta.unit] !== '' ? UNIT_SYMBOLS[meta.unit] : undefined),
    hint: given.hint ?? meta?.hint,
    percent: given.percent ?? (path ? isPercentPath(pathText(path)) : false),
  };
}

/** Label, unit, hint and percent default to the model's (fieldText). */
interface NumberFieldProps extends FieldTextProps {
  path: DocPath;
  /** Stored as a fraction 0..1, shown and typed as a percentage. */
  percent?: boolean;
  integer?: boolean;
  /** Empty input removes the field (optional fields). */
  optional?: boolean;
  hint?: ReactNode;
  compact?: boolean;
  placeholder?: string;
  /** In a narrow cell: a big number reads "10 B" until the input takes focus (then every digit). */
  short?: boolean;
}

export function NumberField({ path, integer = false, optional = false, compact, placeholder, short = false, ...given }: NumberFieldProps) {
  const { label, unit, hint, percent } = fieldText(path, given);
  const { change, issueAt, readOnly } = useEditor();
  const id = fieldId(path);
  const value = useDocValue(path);
  const [text, setText] = useState<string | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const issue = issueAt(path);
  // The issue's message is the parse message of the same text (issueMessages.ts), so the field and
  // the summary agree; the parse message shows first, before the deferred validation catches up.
  const error = parseError ?? issue;
  const big = !percent && !integer ? abbreviate(value) : null;
  const shown = text ?? (short && big && !focused ? big : formatForInput(value, { percent }));
  const help = hint ?? (big && !compact ? `= ${big}${unit ? ` ${unit}` : ''}` : undefined);

  const onInput = (next: string) => {
    setText(next);
    if (next.trim() === '' && optional) {
      setParseError(null);
      change(path, undefined);
      return;
    }
    const parsed = integer ? parseInteger(next) : parseNumber(next, { percent });
    if (parsed.ok) {
      setParseError(null);
      change(path, parsed.value);
    } else {
      setParseError(parsed.message);
      change(path, next); // kept as typed: validation blocks saving until it is a number
    }
  };

  return (
    <FieldFrame id={id} label={label} unit={unit ?? (percent ? '%' : undefined)} hint={help} error={error} compact={compact}>
      <input
        id={id}
        className="input input--number"
        data-path={pathText(path)}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={shown}
        placeholder={placeholder ?? (optional ? 'none' : undefined)}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, help)}
        title={big ? `${big}${unit ? ` ${unit}` : ''}` : undefined}
        onChange={(e) => onInput(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setText(null);
          setFocused(false);
        }}
      />
      {readOnly ? null : (
        // "Use this value": a library entry's planning value replaces the field's (issue 22).
        <ReferencePicker
          path={path}
          label={label}
          percent={percent}
          onPick={(entry) => {
            setText(null);
            setParseError(null);
            change(path, integer ? Number(entry.value) : entry.value);
          }}
        />
      )}
    </FieldFrame>
  );
}

interface TextFieldProps extends FieldTextProps {
  path: DocPath;
  compact?: boolean;
  placeholder?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  type?: 'text' | 'month';
  /** Instead of setting the value at `path`: e.g. an id whose references follow it (renameId.ts). */
  onText?: (value: string) => void;
}

export function TextField({ path, compact, placeholder, list, type = 'text', onText, ...given }: TextFieldProps) {
  const { label, hint } = fieldText(path, given);
  const { change, issueAt, readOnly } = useEditor();
  const id = fieldId(path);
  const value = useDocValue(path);
  const error = issueAt(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} compact={compact}>
      <input
        id={id}
        className="input"
        data-path={pathText(path)}
        type={type}
        list={list}
        value={typeof value === 'string' ? value : ''}
        placeholder={placeholder}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => (onText ? onText(e.target.value) : change(path, e.target.value))}
      />
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldTextProps {
  path?: DocPath;
  /** A DOM id when the select edits something other than one path (e.g. a union's type). */
  id?: string;
  label?: string;
  value?: string;
  choices: readonly Choice[];
  onSelect?: (value: string) => void;
  hint?: ReactNode;
  compact?: boolean;
  error?: string | undefined;
}

export function SelectField({ path, id: givenId, value, choices, onSelect, compact, error: givenError, ...given }: SelectFieldProps) {
  const { label, hint } = fieldText(path, given);
  const { change, issueAt, readOnly } = useEditor();
  const fallbackId = useId();
  const id = givenId ?? (path ? fieldId(path) : fallbackId);
  const stored = useDocValue(value === undefined ? path : undefined);
  const current = value ?? (path ? String(stored ?? '') : '');
  const error = givenError ?? (path ? issueAt(path) : undefined);
  const known = choices.some((c) => c.value === current);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} compact={compact}>
      <select
        id={id}
        data-path={path ? pathText(path) : undefined}
        className="input"
        value={current}
        disabled={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => (onSelect ? onSelect(e.target.value) : path && change(path, e.target.value))}
      >
        {!known ? <option value={current}>{current === '' ? 'Choose…' : `${current} (unknown)`}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
