import { formatDate, formatDateTime } from '../format';

// One date format across the app (apps/web/src/format/dates.ts): the audit log and the history agree.
export const dateTime = (iso: string | null): string => formatDateTime(iso);
export const date = (iso: string | null): string => formatDate(iso);

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
