// Issue 14, finding 1: the board pack must stay bounded (time, memory, pages) whatever the
// scenario's names and list sizes; every text is fitted to its layout cell.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ExportSubject } from '../../src/exports/content';
import { buildPdf } from '../../src/exports/pdf/index';
import { subjectOf } from './fixtures';
import { largestScenario, sixteenLongNames, unbroken } from './pdfStress';

const MARGIN = 40;
/** Glyph outlines and rounding: a run may overshoot its cell edge by a fraction of a point. */
const TOLERANCE = 1;

interface Run {
  str: string;
  x: number;
  width: number;
}

async function read(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  const runs: Run[][] = [];
  for (let p = 1; p <= totalPages; p += 1) {
    const { items } = await (await doc.getPage(p)).getTextContent();
    // Horizontal runs only (the y-axis unit labels are turned a quarter and sit beside the axis).
    runs.push(items.flatMap((it) => ('transform' in it && it.transform[1] === 0 ? [{ str: it.str, x: it.transform[4] as number, width: it.width }] : [])));
  }
  const page = await doc.getPage(1);
  const [, , width] = page.view as [number, number, number, number];
  return { totalPages, pages: text.map((p) => p.replace(/\s+/g, ' ')), runs, width };
}

/** Text runs that reach outside the page's left or right margin. */
function outsideMargins(runs: Run[][], pageWidth: number) {
  return runs.flatMap((page, p) =>
    page
      .filter((it) => it.str.trim() !== '')
      .filter((it) => it.x < MARGIN - TOLERANCE || it.x + it.width > pageWidth - MARGIN + TOLERANCE)
      .map((it) => `page ${p + 1}: "${it.str.slice(0, 40)}" at ${it.x.toFixed(1)}+${it.width.toFixed(1)}`),
  );
}

const generatedAt = new Date('2026-05-01T12:00:00Z');

describe('PDF board pack with extreme names and lists', () => {
  it('16 platforms named with 120 unbroken characters: builds, bounded pages, names cut with "…"', async () => {
    const subject = subjectOf(sixteenLongNames());
    const { totalPages, pages, runs, width } = await read(await buildPdf({ subjects: [subject], generatedAt }, { paper: 'a4' }));
    // Title, KPIs, 2 chart pages, tornado, budget, at most 8 assumption pages, method notes.
    expect(totalPages).toBeLessThanOrEqual(1 + 1 + 2 + 1 + 1 + 8 + 1);
    const all = pages.join('\n');
    // No 120-character name fits a landscape page at any size the pack uses: each shows cut.
    for (let i = 0; i < 16; i += 1) {
      expect(all).not.toContain(unbroken(`PLATFORM${i}X`));
      expect(all).toMatch(new RegExp(`PLATFORM${i}XW+…`));
    }
    expect(all).not.toContain(unbroken('SCENARIO'));
    expect(all).toMatch(/SCENARIOW+…/);
    expect(all).toMatch(/APPLICATION16XW+…/);
    expect(all).toMatch(/APIOPTION0XW+…/);
    expect(pages[totalPages - 1]).toContain('Method notes');
    expect(outsideMargins(runs, width)).toEqual([]);
  });

  // Validated and projected once (≈ 1.5 s): every list at its maximum, 120 months.
  let largest: ExportSubject | undefined;
  const largestSubject = () => (largest ??= subjectOf(largestScenario()));

  it('the largest scenario the schema allows builds within bounded pages; the assumptions end with what is left out', async () => {
    const { totalPages, pages, runs, width } = await read(await buildPdf({ subjects: [largestSubject()], generatedAt }, { paper: 'letter', monteCarlo: { paths: 5, seed: 1 } }));
    // As above plus the Monte Carlo page; 120 months = 10 fiscal years, still one budget table.
    // + 1: the reference check page (issue 22), there when a figure is far outside the library.
    expect(totalPages).toBeLessThanOrEqual(1 + 1 + 1 + 2 + 1 + 1 + 1 + 8 + 1);
    const all = pages.join('\n');
    // 20 platforms with 200 throughput figures and 120 software steps each: lists cut, then the pages.
    expect(all).toContain('+ 194 more throughput figures');
    expect(all).toContain('+ 114 more software steps');
    expect(all).toMatch(/\+ [\d,]+ more inputs: the Excel workbook lists every input/);
    expect(outsideMargins(runs, width)).toEqual([]);
  });

  it('six of the largest scenarios compared: bounded pages, every text inside the margins', async () => {
    const subjects = Array.from({ length: 6 }, () => largestSubject());
    const { totalPages, pages, runs, width } = await read(await buildPdf({ subjects, generatedAt }, { paper: 'a4' }));
    // Title, KPIs, 2 chart pages, tornado, 6 budget pages (one table a page), 6 × 8 assumption pages, method notes.
    // + 1: the reference check page (issue 22), one for the whole comparison.
    expect(totalPages).toBeLessThanOrEqual(1 + 1 + 1 + 2 + 1 + 6 + 6 * 8 + 1);
    expect(pages[0]).toContain('Scenario comparison');
    expect(pages[0]).toMatch(/LARGESTW+…/);
    expect(outsideMargins(runs, width)).toEqual([]);
  });
});
