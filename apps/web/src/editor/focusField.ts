import { fieldSelector } from './documentPath';

/** The input for `path`, or for the nearest enclosing path that has one (a warning on a whole item). */
export function findField(path: string): HTMLElement | null {
  let current = path;
  while (current !== '') {
    const found = document.querySelector<HTMLElement>(fieldSelector(current));
    if (found) return found;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  return null;
}

/** Scrolls to the field of `path` and focuses it; false when no field is on the page. */
export function focusField(path: string): boolean {
  const target = findField(path);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

/** focusField once the field is on the page (after a switch to the Assumptions tab), for up to ~1 s. */
export function focusFieldSoon(path: string, frames = 60): void {
  if (focusField(path) || frames <= 0) return;
  requestAnimationFrame(() => focusFieldSoon(path, frames - 1));
}
