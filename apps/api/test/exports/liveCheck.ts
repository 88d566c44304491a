// The app's values beside LibreOffice's recalculated Monthly ledger: every month line, platform,
// application and API option line, matched by section and label (the expected values are read
// from the projection itself, not from the workbook).
import { API_OPTION_LINES, APPLICATION_LINES, LEDGER_LINES, PLATFORM_LINES, type ExportSubject } from '../../src/exports/content';
import { numberOf } from './liveWorkbook';

export interface Mismatch {
  where: string;
  t: number;
  lo: number | null;
  app: number | null;
}

const num = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));

/** Section id of a ledger section title: "Platform: H100 (h100, owned)" → "platform:h100". */
function sectionKey(title: string): string | null {
  const m = /^(Platform|Application|API option): .*?\(([A-Za-z0-9_-]+)[,)]/.exec(title);
  if (!m) return null;
  return `${m[1] === 'Platform' ? 'platform' : m[1] === 'Application' ? 'application' : 'api'}:${m[2]}`;
}

/** Every month value of the ledger CSV by "section|label" (section "" for the month lines). */
export function ledgerValues(rows: string[][]): Map<string, (number | null)[]> {
  const out = new Map<string, (number | null)[]>();
  let section = '';
  for (const row of rows.slice(2)) {
    const label = row[0] ?? '';
    const key = sectionKey(label);
    if (key !== null) section = key;
    else if (label !== '' && !out.has(`${section}|${label}`)) out.set(`${section}|${label}`, row.slice(2).map((x) => numberOf(x)));
  }
  return out;
}

/** Each ledger line's app values by "section|label". */
export function appValues(subject: ExportSubject): Map<string, (number | null)[]> {
  const { scenario, projection } = subject;
  const months = projection.months as unknown as Record<string, unknown>[];
  const out = new Map<string, (number | null)[]>();
  for (const line of LEDGER_LINES) out.set(`|${line.label}`, months.map((m) => num(m[line.key])));
  scenario.platforms.forEach((p, i) => {
    for (const line of PLATFORM_LINES) out.set(`platform:${p.id}|${line.label}`, months.map((m) => num((m['platforms'] as Record<string, unknown>[])[i]?.[line.key])));
  });
  scenario.applications.forEach((a, i) => {
    for (const line of APPLICATION_LINES) out.set(`application:${a.id}|${line.label}`, months.map((m) => num((m['applications'] as Record<string, unknown>[])[i]?.[line.key] ?? 0)));
  });
  for (const o of scenario.apiOptions) {
    for (const line of API_OPTION_LINES) {
      out.set(`api:${o.id}|${line.label}`, months.map((m) => num((m['apiOptions'] as Record<string, unknown>[] | undefined)?.find((x) => x['id'] === o.id)?.[line.key] ?? 0)));
    }
  }
  return out;
}

/**
 * |LibreOffice − app| ≤ rel · max(|app|, 1e-6 · the line's largest value): relative, except
 * where a month's value is a near-cancellation far below the line's scale (cash flow near 0).
 */
export function mismatches(lo: Map<string, (number | null)[]>, app: Map<string, (number | null)[]>, rel = 1e-9): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [where, expected] of app) {
    const got = lo.get(where);
    if (!got) {
      out.push({ where: `${where} (missing)`, t: -1, lo: null, app: null });
      continue;
    }
    const scale = Math.max(...expected.map((x) => Math.abs(x ?? 0)));
    expected.forEach((e, t) => {
      const g = got[t] ?? null;
      if (e === null || g === null) {
        if ((e ?? 0) !== (g ?? 0) && !(e === null && g === null)) out.push({ where, t, lo: g, app: e });
        return;
      }
      if (Math.abs(g - e) > rel * Math.max(Math.abs(e), 1e-6 * scale, 1e-12)) out.push({ where, t, lo: g, app: e });
    });
  }
  return out;
}
