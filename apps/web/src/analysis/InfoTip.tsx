import { useId, useState, type ReactNode } from 'react';

export interface InfoTipProps {
  /** What the tip explains, for the button's accessible name ("Definition of NPV"). */
  label: string;
  children: ReactNode;
}

/**
 * An "i" button with a definition tooltip: opens on hover and on keyboard focus, closes on blur,
 * mouse leave and Escape (WCAG 1.4.13); the text is the button's accessible description either way.
 */
export function InfoTip({ label, children }: InfoTipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="tp-info" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="tp-info__button"
        aria-label={`Definition of ${label}`}
        aria-describedby={id}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <rect x="7.2" y="7" width="1.6" height="5" rx="0.6" fill="currentColor" />
          <circle cx="8" cy="4.6" r="1" fill="currentColor" />
        </svg>
      </button>
      <span role="tooltip" id={id} className="tp-info__tip" hidden={!open}>
        {children}
      </span>
    </span>
  );
}
