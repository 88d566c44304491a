// The board pack of a v2 scenario (fixtures.ts v2Document): after-tax figures beside the pre-tax
// ones on the KPI page, the v2 inputs on the assumption pages; a cost centre leads with the
// present value of cost.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../src/exports/pdf/index';
import { formatValue, money } from '../../src/exports/pdf/format';
import { subjectOf, v2Document } from './fixtures';

async function pages(document: Record<string, unknown>): Promise<{ subject: ReturnType<typeof subjectOf>; text: string[] }> {
  const subject = subjectOf(document);
  const pdf = await buildPdf({ subjects: [subject], generatedAt: new Date('2026-12-03T12:00:00Z') }, { paper: 'a4' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return { subject, text: text.map((p) => p.replace(/\s+/g, ' ')) };
}

describe('v2 board pack', () => {
  it('the KPI page shows after-tax beside pre-tax, and the §8 cost KPIs', async () => {
    const { subject, text } = await pages(v2Document());
    const k = subject.projection.kpis;
    const kpiPage = text[1] ?? '';
    expect(kpiPage).toContain('Key figures');
    // The NPV card: the pre-tax figure, then beside it "After tax" with the after-tax one.
    expect(kpiPage).toContain(`NPV ${money(Number(k.npv))} After tax ${money(Number(k.afterTax?.npv))} USD`);
    expect(kpiPage).toContain(`IRR ${formatValue(Number(k.irrAnnual), 'fraction')} After tax ${formatValue(Number(k.afterTax?.irrAnnual), 'fraction')} %/year`);
    expect(kpiPage).toContain(`After-tax MIRR ${formatValue(Number(k.afterTax?.mirrAnnual), 'fraction')}`);
    expect(kpiPage).toContain(`Present value of cost ${money(Number(k.presentValueOfCost))}`);
    expect(kpiPage).toContain(`Total cost ${money(Number(k.totalCost))}`);
    expect(kpiPage).toContain('Economic cost per M tokens');
  });

  it('the assumption pages show the v2 inputs in words', async () => {
    const { text } = await pages(v2Document());
    const assumptions = text.filter((p) => p.includes('Assumptions')).join(' ');
    for (const shown of [
      'in 20,000 / out 2,000 tok/s',
      'curve: 4 points, 10–80 tok/s/user',
      'platform:own from month 0; api:frontier from month 6',
      // Coded choices in words: macrs5, bookValue.
      'MACRS 5-year',
      'Net book value',
      'Revenue mode, tax & terminal value',
    ]) {
      expect(assumptions, shown).toContain(shown);
    }
  });

  it('a cost centre leads with the present value of cost; its returns are n/a', async () => {
    const document = v2Document();
    document['revenueMode'] = 'costCentre';
    const { subject, text } = await pages(document);
    const k = subject.projection.kpis;
    // The title page's headline figures are costs too.
    expect(text[0]).toContain(`Present value of cost ${money(Number(k.presentValueOfCost))}`);
    expect(text[0]).not.toContain('Total revenue');
    const kpiPage = text[1] ?? '';
    const first = kpiPage.indexOf('Present value of cost');
    expect(first).toBeGreaterThan(-1);
    expect(kpiPage.indexOf('NPV')).toBeGreaterThan(first);
    expect(kpiPage).toContain(`Present value of cost ${money(Number(k.presentValueOfCost))}`);
    expect(k.irrAnnual).toBeNull();
    expect(kpiPage).toContain('IRR n/a (no single root)');
  });
});
