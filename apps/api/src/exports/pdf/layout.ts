// What every page of the board pack shares: the document, the page frame, the page heading.
import type PDFDocument from 'pdfkit';
import { monthLabel, type ExportContext, type ExportSubject } from '../content';
import type { Driver, TornadoResult, Triangular } from '../model';
import { INK, INK_2 } from './palette';
import { cellText } from './text';

export type Doc = InstanceType<typeof PDFDocument>;

export const MARGIN = 40;
export const ACCENT = '#1f3a5f';

export interface MonteCarloRun {
  paths: number;
  seed: number;
  /** As set in the app's form; omitted: the defaults (±20 % triangular on every driver but the discount rate). */
  distributions?: Partial<Record<Driver, Triangular>> | undefined;
}

export interface Layout {
  doc: Doc;
  context: ExportContext;
  /** Add the Monte Carlo page (the run the user made in the app: paths and seed). */
  monteCarlo?: MonteCarloRun | undefined;
  /** The first scenario's NPV tornado once computed (analysis.ts tornadoOf). */
  tornado?: TornadoResult;
  left: number;
  top: number;
  width: number;
  bottom: number;
}

/** The page title (and subtitle) with its rule; returns the y where the page's content starts. */
export function heading(l: Layout, title: string, subtitle?: string): number {
  const { doc } = l;
  doc.font('Inter-Bold').fontSize(18).fillColor(INK);
  cellText(doc, title, l.left, l.top, l.width);
  let y = l.top + 26;
  if (subtitle) {
    doc.font('Inter').fontSize(9.5).fillColor(INK_2);
    cellText(doc, subtitle, l.left, y, l.width);
    y += 16;
  }
  doc.save().moveTo(l.left, y).lineTo(l.left + l.width, y).lineWidth(1.2).strokeColor(ACCENT).stroke().restore();
  return y + 12;
}

export function newPage(l: Layout): void {
  l.doc.addPage();
}

export function scenarioNames(context: ExportContext): string {
  return context.subjects.map((s) => s.scenario.name).join(' vs ');
}

export function horizonText(s: ExportSubject): string {
  const months = s.projection.months;
  const first = months[0]?.month ?? s.scenario.start;
  const last = months[months.length - 1]?.month ?? first;
  return `${monthLabel(first)} – ${monthLabel(last)} (${months.length} months)`;
}

export function monthName(m: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1] ?? String(m);
}

function shortMonth(month: string): string {
  const label = monthLabel(month);
  return `${label.slice(0, 3)} ${label.slice(-2)}`;
}

export function monthCategories(s: ExportSubject): string[] {
  return s.projection.months.map((m) => shortMonth(m.month));
}

export function labelEvery(n: number): number {
  return n <= 24 ? 3 : n <= 60 ? 6 : 12;
}
