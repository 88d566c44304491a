import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { assumptionRows } from '../../src/exports/assumptions';
import { buildPdf } from '../../src/exports/pdf/index';
import { formatValue, money } from '../../src/exports/pdf/format';
import { runMonteCarlo } from '@tokenplan/model';
import { presetDocuments, subjectOf, upfrontDocument } from './fixtures';

async function read(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: false });
  const page = await doc.getPage(1);
  const [, , width, height] = page.view as [number, number, number, number];
  return { totalPages, pages: text, width, height };
}

/** Text as extracted, with runs of white space collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF board pack', () => {
  it('one scenario: sections in order, KPIs as selectable text, fonts embedded, A4 landscape', async () => {
    const subject = subjectOf(upfrontDocument());
    const pdf = await buildPdf({ subjects: [subject], generatedAt: new Date('2026-05-01T12:00:00Z') }, { paper: 'a4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // TrueType programs embedded (subsets of Inter), no reliance on the 14 standard fonts.
    expect(pdf.toString('latin1')).toContain('/FontFile2');
    expect(pdf.toString('latin1')).not.toContain('/Helvetica');
    const { totalPages, pages, width, height } = await read(pdf);
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    // Title, KPIs, 3 chart pages, budget, assumptions (1+), method notes.
    const rows = assumptionRows(subject.scenario).length;
    expect(totalPages).toBeGreaterThanOrEqual(8);
    expect(totalPages).toBeLessThanOrEqual(8 + Math.ceil(rows / 80));
    const all = pages.map(flat);
    expect(all[0]).toContain('Board pack');
    expect(all[0]).toContain(subject.scenario.name);
    const k = subject.projection.kpis;
    const kpiPage = all[1] ?? '';
    expect(kpiPage).toContain('Key figures');
    for (const [value, kind] of [
      [k.npv, 'money'],
      [k.irrAnnual, 'fraction'],
      [k.totalRevenue, 'money'],
      [k.costPerMTokens, 'unitPrice'],
      [k.breakEvenApiPricePerMTokens, 'unitPrice'],
    ] as const) {
      expect(kpiPage, `${kind} ${value}`).toContain(formatValue(Number(value), kind));
    }
    // NPV in millions, computed here from the decimal string.
    expect(kpiPage).toContain(`$${(Math.abs(Number(k.npv)) / 1e6).toFixed(1)}M`);
    expect(all.some((p) => p.includes('Cost per million tokens'))).toBe(true);
    expect(all.some((p) => p.includes('Cash flow and payback'))).toBe(true);
    expect(all.some((p) => p.includes('Cost stack'))).toBe(true);
    expect(all.some((p) => p.includes('Fleet') && p.includes('Energy'))).toBe(true);
    expect(all.some((p) => p.includes('Sensitivity of NPV'))).toBe(true);
    expect(all.some((p) => p.includes('Fiscal-year budget') && p.includes(`FY${subject.projection.fiscalYears[0]?.fiscalYear}`))).toBe(true);
    expect(all.some((p) => p.includes('Assumptions') && p.includes('Electricity price'))).toBe(true);
    expect(all[totalPages - 1]).toContain('Method notes');
    expect(all[totalPages - 1]).toContain(`page ${totalPages} of ${totalPages}`);
  });

  it('adds the Monte Carlo page for the run made in the app, reproducing its seeded NPV percentiles', async () => {
    const subject = subjectOf(upfrontDocument());
    const context = { subjects: [subject], generatedAt: new Date('2026-05-01T12:00:00Z') };
    const without = await read(await buildPdf(context, { paper: 'a4' }));
    const withRun = await read(await buildPdf(context, { paper: 'a4', monteCarlo: { paths: 400, seed: 7 } }));
    expect(withRun.totalPages).toBe(without.totalPages + 1);
    expect(without.pages.map(flat).some((p) => p.includes('Monte Carlo'))).toBe(false);
    const page = withRun.pages.map(flat).find((p) => p.includes('Monte Carlo: monthly cash flow')) ?? '';
    expect(page).toContain('400 seeded paths (seed 7)');
    // The same seed gives the same run: the page shows the percentiles of an independent run here.
    const run = runMonteCarlo(subject.scenario, { paths: 400, seed: 7 });
    expect(page).toContain(`P50 ${money(run.npv.p50 ?? Number.NaN, 1)}`);
    expect(page).toContain(`Payback within the horizon in ${(run.probabilityPaybackWithinHorizon * 100).toFixed(0)} % of paths`);
  });

  it('a comparison on Letter paper names every scenario', async () => {
    const subjects = presetDocuments().map(subjectOf);
    const pdf = await buildPdf({ subjects, generatedAt: new Date('2026-05-01T12:00:00Z') }, { paper: 'letter' });
    const { pages, width, height } = await read(pdf);
    expect(Math.round(width)).toBe(792);
    expect(Math.round(height)).toBe(612);
    const all = pages.map(flat).join('\n');
    for (const s of subjects) expect(all).toContain(s.scenario.name);
    expect(all).toContain('Scenario comparison');
    expect(all).toContain('S2 / S1');
  });
});
