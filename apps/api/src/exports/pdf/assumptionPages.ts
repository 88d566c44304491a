// The assumptions pages: every input of each scenario, as entered, two columns a page. A board
// page cannot usefully list 200 throughput figures or 120 software steps of one platform, so
// repeated lists show their first items and "+ N more", and each scenario takes at most
// MAX_ASSUMPTION_PAGES pages, ending with how many inputs only the workbook lists.
import { assumptionRows, type AssumptionRow } from '../assumptions';
import type { ExportSubject } from '../content';
import { inputValueLabel } from '../model';
import { formatValue } from './format';
import { ACCENT, heading, monthName, newPage, type Layout } from './layout';
import { INK, INK_2 } from './palette';
import { cellText } from './text';

/** Assumption pages per scenario at most. */
export const MAX_ASSUMPTION_PAGES = 8;
/** Items of a repeated list (throughput per model, software steps) shown before "+ N more". */
export const MAX_LIST_ITEMS = 6;

const ROW_H = 12.5;
const COL_GAP = 24;

type Item =
  | { kind: 'section'; title: string }
  | { kind: 'row'; row: AssumptionRow }
  /** Rows of a repeated list left out: `rows` of them. */
  | { kind: 'more'; text: string; rows: number };

/** The repeated list a row belongs to, and which item of it (a step has a month and a multiplier row). */
function listOf(path: string): { list: string; item: string; noun: string } | null {
  const steps = /^(platforms\[\d+\]\.softwareCurve\.steps)\[(\d+)\]/.exec(path);
  if (steps) return { list: steps[1] as string, item: steps[2] as string, noun: 'software steps' };
  const throughput = /^(platforms\[\d+\]\.throughput)\[/.exec(path);
  if (throughput) return { list: throughput[1] as string, item: path, noun: 'throughput figures' };
  return null;
}

/** Section titles and rows in order, each repeated list cut to MAX_LIST_ITEMS items and a "+ N more" line. */
function items(subject: ExportSubject): Item[] {
  const out: Item[] = [];
  let section = '';
  let open: { list: string; noun: string; items: Set<string>; hiddenItems: Set<string>; hiddenRows: number } | null = null;
  const close = () => {
    if (open && open.hiddenItems.size > 0) out.push({ kind: 'more', text: `+ ${open.hiddenItems.size.toLocaleString('en-US')} more ${open.noun}`, rows: open.hiddenRows });
    open = null;
  };
  for (const row of assumptionRows(subject.scenario)) {
    // The name is on every page; a v2 option left unset changes nothing a board reads (the workbook lists it).
    if (row.path === 'name' || row.defaulted) continue;
    const list = listOf(row.path);
    if (!list || list.list !== open?.list) close();
    if (row.section !== section) {
      section = row.section;
      out.push({ kind: 'section', title: section });
    }
    if (list) {
      open ??= { list: list.list, noun: list.noun, items: new Set(), hiddenItems: new Set(), hiddenRows: 0 };
      open.items.add(list.item);
      if (open.items.size > MAX_LIST_ITEMS) {
        open.hiddenItems.add(list.item);
        open.hiddenRows += 1;
        continue;
      }
    }
    out.push({ kind: 'row', row });
  }
  close();
  return out;
}

/** A unit that the formatted value already shows ("%" on 10.0 %, "USD" on $85, "×" on 1.3×) is shortened. */
function unitAfterFormat(unit: string, kind: string): string {
  if (kind === 'text') return '';
  if (kind === 'fraction') return unit === '%' ? '' : unit.replace(/^%\s*/, '');
  if (kind === 'unitPrice' || kind === 'money') return unit.replace(/^USD\s*/, '');
  if (kind === 'ratio') return unit.replace(/^×\s*/, '');
  if (kind === 'months') return unit.replace(/^months\s*/, '');
  return unit;
}

/**
 * A row as a board reads it: coded choices in words ("own" → "Owned", INPUT_VALUE_LABELS), the
 * fiscal year's first month by name; other values formatted, with their unit.
 */
export function displayRow(row: AssumptionRow): { value: string; unit: string; wide: boolean } {
  if (row.value === null) return { value: row.note ?? 'not set', unit: '', wide: true };
  if (row.path === 'fiscalYearStartMonth') return { value: monthName(Number(row.value)), unit: '', wide: true };
  if (row.kind === 'text') return { value: inputValueLabel(row.path, String(row.value)), unit: '', wide: true };
  return { value: formatValue(row.value, row.kind), unit: unitAfterFormat(row.unit, row.kind), wide: false };
}

function drawRow(l: Layout, row: AssumptionRow, x: number, y: number, colW: number): void {
  const { doc } = l;
  const { value, unit, wide } = displayRow(row);
  doc.font('Inter').fontSize(8).fillColor(INK_2);
  cellText(doc, row.label, x + 6, y, colW * 0.42);
  // A text value (a migration path, a throughput in words) may use the room a short label leaves.
  const labelEnd = Math.min(colW * 0.44, 6 + doc.widthOfString(row.label) + 10);
  doc.font('Inter-SemiBold').fontSize(8).fillColor(row.value === null ? INK_2 : INK);
  // Text values take the rest of the row; figures end at 74 % with their unit after them.
  if (wide) cellText(doc, value, x + labelEnd - 2, y, colW - labelEnd, { align: 'right' });
  else {
    cellText(doc, value, x + colW * 0.44, y, colW * 0.3, { align: 'right' });
    doc.font('Inter').fontSize(7.5).fillColor(INK_2);
    cellText(doc, unit, x + colW * 0.76, y + 0.5, colW * 0.24);
  }
}

function scenarioPages(l: Layout, subject: ExportSubject): void {
  const { doc, context } = l;
  newPage(l);
  const title = context.subjects.length > 1 ? `Assumptions — ${subject.scenario.name}` : 'Assumptions';
  let top = heading(l, title, 'Every input of the scenario, as entered');
  const colW = (l.width - COL_GAP) / 2;
  let page = 1;
  let col = 0;
  let y = top;
  const list = items(subject);
  for (const [i, item] of list.entries()) {
    const last = page === MAX_ASSUMPTION_PAGES && col === 1;
    // The last column of the last page keeps its bottom row for the line counting what is left.
    const bottom = last ? l.bottom - ROW_H : l.bottom;
    // A section title starts a column only with at least one of its rows below it.
    if (y + (item.kind === 'section' ? ROW_H * 3 : ROW_H) > bottom) {
      if (last) {
        const left = list.slice(i).reduce((n, it) => n + (it.kind === 'row' ? 1 : it.kind === 'more' ? it.rows : 0), 0);
        doc.font('Inter-SemiBold').fontSize(8).fillColor(INK);
        cellText(doc, `+ ${left.toLocaleString('en-US')} more inputs: the Excel workbook lists every input.`, l.left + colW + COL_GAP + 6, y, colW - 6);
        return;
      }
      col += 1;
      if (col > 1) {
        newPage(l);
        page += 1;
        top = heading(l, `${title} (continued)`);
        col = 0;
      }
      y = top;
    }
    const x = l.left + col * (colW + COL_GAP);
    if (item.kind === 'section') {
      doc.font('Inter-SemiBold').fontSize(8.5).fillColor(ACCENT);
      cellText(doc, item.title, x, y + 3, colW);
      y += ROW_H + 5;
    } else if (item.kind === 'row') {
      drawRow(l, item.row, x, y, colW);
      y += ROW_H;
    } else {
      doc.font('Inter').fontSize(8).fillColor(INK_2);
      cellText(doc, item.text, x + 6, y, colW - 6);
      y += ROW_H;
    }
  }
}

export function assumptionPages(l: Layout): void {
  for (const subject of l.context.subjects) scenarioPages(l, subject);
}
