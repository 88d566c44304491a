// The one date-and-time format of the app: history, audit log, comments, sharing ("03 Dec 2026, 06:17").
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric' });
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** An ISO timestamp in the reader's time zone: "03 Dec 2026, 06:17"; "—" when absent or invalid. */
export function formatDateTime(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? DATE_TIME.format(d) : '—';
}

/** An ISO timestamp as a day: "03 Dec 2026". */
export function formatDate(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? DATE.format(d) : '—';
}

/** A calendar month number 1–12 in words: 7 → "July". */
export function formatMonthName(month: number): string {
  return Number.isInteger(month) && month >= 1 && month <= 12 ? MONTH_NAME.format(Date.UTC(2000, month - 1, 1)) : String(month);
}
