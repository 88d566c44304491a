// The PDF board pack (pdfkit, landscape A4 or Letter, Inter embedded so text is selectable):
// title page, KPI summary, charts (cost per M tokens, cash flow and payback, cost stack by fiscal
// year, fleet and energy), sensitivity, fiscal-year budget table, assumptions, method notes. A
// comparison (2–6 scenarios) shows each chart and table across the scenarios. Sections:
// docs/exports.md. Every text is fitted to its cell (text.ts), so no name or list size can make
// the pack wrap without end: its pages are bounded (docs/exports.md, "Long names and lists").
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { isoDate, type ExportContext } from '../content';
import { monteCarloPage, tornadoPage } from './analysis';
import { assumptionPages } from './assumptionPages';
import { budgetPages } from './budget';
import { chartPages } from './charts';
import { titlePage } from './cover';
import { kpiPage } from './kpis';
import { MARGIN, newPage, scenarioNames, type Layout, type MonteCarloRun } from './layout';
import { methodPage } from './method';
import { variancePages } from './variance';
import { referenceCheckPage } from './referenceCheck';
import { GRID, INK_2 } from './palette';
import { cellText } from './text';

export type { MonteCarloRun } from './layout';
export { METHOD_NOTES } from './method';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const require = createRequire(import.meta.url);
const FONT_FILES = {
  Inter: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  'Inter-SemiBold': require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
  'Inter-Bold': require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

/** Every page's footer: the scenario name(s), cut to leave room for source and page number. */
function footers(l: Layout): void {
  const { doc, context } = l;
  const range = doc.bufferedPageRange();
  const name = scenarioNames(context);
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - 26;
    doc.save().moveTo(l.left, y - 6).lineTo(l.left + l.width, y - 6).lineWidth(0.5).strokeColor(GRID).stroke().restore();
    doc.font('Inter').fontSize(7.5).fillColor(INK_2);
    const source = `Source: Tokenplan projection, ${isoDate(context.generatedAt)} · page ${i + 1} of ${range.count}`;
    const sourceW = doc.widthOfString(source);
    cellText(doc, source, l.left + l.width - sourceW, y, sourceW);
    cellText(doc, `Tokenplan · ${name}`, l.left, y, l.width - sourceW - 16);
  }
}

export interface PdfOptions {
  paper: PaperSize;
  /** Include the Monte Carlo page for this run (omitted: no Monte Carlo page). */
  monteCarlo?: MonteCarloRun | undefined;
}

/** The board pack as PDF bytes. */
export function buildPdf(context: ExportContext, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: options.paper === 'letter' ? 'LETTER' : 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `Tokenplan board pack — ${scenarioNames(context)}`,
      Author: 'Tokenplan',
      Subject: 'AI inference budget',
      Creator: 'Tokenplan',
      CreationDate: context.generatedAt,
    },
    pdfVersion: '1.7',
    lang: 'en-US',
    displayTitle: true,
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  doc.font('Inter');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const l: Layout = {
    doc,
    context,
    monteCarlo: options.monteCarlo,
    left: MARGIN,
    top: MARGIN,
    width: doc.page.width - 2 * MARGIN,
    bottom: doc.page.height - MARGIN - 10,
  };
  titlePage(l);
  newPage(l);
  kpiPage(l);
  referenceCheckPage(l); // figures far outside the reference library (issue 22)
  chartPages(l);
  tornadoPage(l);
  monteCarloPage(l);
  budgetPages(l);
  variancePages(l); // plan vs actual (issue 18)
  assumptionPages(l);
  methodPage(l);
  footers(l);
  doc.end();
  return done;
}
