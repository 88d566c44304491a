import { describePath } from '../editor/describePath';
import type { WarningView } from './types';


const BIG = /\b\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?\b|\b\d{7,}(?:\.\d+)?\b/g;

/**
 * Figures of a million and up in a warning as a reader reads them: "26054415496287.09329" and
 * "1,000,000,000,000,000" → "26.05 T", "1,000,000 T" (issue 19). Smaller figures stay as written.
 */
export function readableFigures(message: string): string {
  return message.replace(BIG, (text) => {
    const n = Number(text.replace(/,/g, ''));
    if (!Number.isFinite(n)) return text;
    const [size, suffix] = n >= 1e12 ? [1e12, 'T'] : n >= 1e9 ? [1e9, 'B'] : [1e6, 'M'];
    return `${(n / size).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${suffix}`;
  });
}

/**
 * A warning's field in words ("Support bot › revenue per M tokens"), never its path: list items by their
 * name in the projected scenario, fields by the model's label (describePath, as the editor's issue summary).
 */
export function warningPlace(scenario: unknown, path: string): string {
  const doc = scenario && typeof scenario === 'object' ? (scenario as Record<string, unknown>) : {};
  return describePath(doc, path);
}

export interface WarningsProps {
  warnings: readonly WarningView[];
  /** The projected scenario: names the application or platform a warning points at. */
  scenario?: unknown;
  /** Opens the field of a warning's path in the editor; without it the field's name is plain text. */
  onOpenField?: ((path: string) => void) | undefined;
}

/** The projection's warnings, shown first: a budget with unmet demand or no IRR must not look clean. */
export function Warnings({ warnings, scenario, onOpenField }: WarningsProps) {
  if (warnings.length === 0) return null;
  return (
    <section className="tp-warnings" role="region" aria-label="Warnings">
      <h2 className="tp-warnings__title">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M10 2 L19 18 H1 Z" fill="currentColor" />
          <rect x="9.1" y="7.5" width="1.8" height="5.5" fill="#fff" />
          <rect x="9.1" y="14.2" width="1.8" height="1.8" fill="#fff" />
        </svg>
        {warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`} on this projection
      </h2>
      <ul>
        {warnings.map((w, i) => {
          const path = w.path ?? null;
          const message = readableFigures(w.message);
          const place = path !== null ? <Place path={path} scenario={scenario} onOpenField={onOpenField} /> : null;
          // A validation warning's message follows its field ("is above 200, …"): the field leads. A
          // projection's is a sentence that names its platform: the field follows the code.
          const fragment = place !== null && /^\p{Ll}/u.test(message);
          return (
            <li key={`${w.code}-${i}`} data-warning-path={path ?? undefined}>
              <span className="tp-warnings__message">
                {fragment ? <>{place} </> : null}
                {message}
              </span>
              <span className="tp-warnings__code">
                {w.code}
                {place !== null && !fragment ? <> · {place}</> : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The field a warning points at, in words; a button to it where the page can open the editor there. */
function Place({ path, scenario, onOpenField }: { path: string; scenario: unknown; onOpenField: ((path: string) => void) | undefined }) {
  const words = warningPlace(scenario, path);
  return onOpenField ? (
    <button type="button" className="tp-warnings__field" onClick={() => onOpenField(path)}>
      {words}
    </button>
  ) : (
    <strong className="tp-warnings__field">{words}</strong>
  );
}
