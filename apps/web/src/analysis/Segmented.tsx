import { useId } from 'react';

export interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  /** `ariaLabel`: what choosing the option does ("Show months"), when the label alone is terse. */
  options: readonly { value: T; label: string; ariaLabel?: string }[];
  onChange: (value: T) => void;
}

/** A small segmented toggle: a radio group drawn as buttons (arrow keys move, as radios do). */
export function Segmented<T extends string>({ label, value, options, onChange }: SegmentedProps<T>) {
  const name = useId();
  return (
    <div className="tp-segmented" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'is-active' : undefined}>
          <input type="radio" name={name} value={o.value} aria-label={o.ariaLabel} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}
