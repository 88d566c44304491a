// The reference check in exports (issue 22): the board pack's section and the workbook's sheet
// name each figure far outside the library with its reference; an all-clear plan says so.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { findPreset, findReferenceEntry } from '@tokenplan/model';
import { buildPdf } from '../../src/exports/pdf/index';
import { buildWorkbook } from '../../src/exports/xlsx/index';
import { subjectOf } from './fixtures';

const generatedAt = new Date('2026-05-01T12:00:00Z');
const service = () => findPreset('inference-service')?.scenarios[0] ?? {};
/** The unsourced price: $6 per M tokens on every application (library market: $0.88 Llama, $0.31 gpt-oss). */
const overpriced = () => ({ ...service(), applications: (service()['applications'] as Record<string, unknown>[]).map((a) => ({ ...a, revenuePerMTokens: '6' })) });

async function pdfText(document: Record<string, unknown>): Promise<string[]> {
  const pdf = await buildPdf({ subjects: [subjectOf(document)], generatedAt }, { paper: 'a4' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((p) => p.replace(/\s+/g, ' '));
}

describe('reference check in exports', () => {
  it('the board pack has a Reference check page naming each figure and its reference', async () => {
    const pages = await pdfText(overpriced());
    const page = pages.find((p) => p.includes('Reference check')) ?? '';
    // $6 over each model's market price, to one decimal (6 / 0.88 = 6.8×, 6 / 0.31 = 19.4× when written)
    const times = (id: string) => String(Number((6 / Number(findReferenceEntry(id)?.value)).toFixed(1)));
    expect(page).toContain(`${times('api.market.llama-3.3-70b.blended')}× the market price of llama-3.3-70b`);
    expect(page).toContain(`${times('api.market.gpt-oss-120b.blended')}× the market price of gpt-oss-120b`);
    expect(page).toMatch(/Reference: .*Together AI.*https:\/\//);
  });

  it('a plan inside the library has no such page', async () => {
    const pages = await pdfText(service());
    expect(pages.some((p) => p.includes('Reference check'))).toBe(false);
  });

  it('the workbook lists the checks with the entry, value and link, or one all-clear row', () => {
    const wb = buildWorkbook({ subjects: [subjectOf(overpriced())], generatedAt });
    const ws = wb.getWorksheet('Reference check');
    const rows = (ws?.getSheetValues() ?? []).slice(2) as unknown[][];
    // At $6 the plan also pays back fast or returns a high IRR: those rows come first; the price rows are these.
    expect(rows.filter((r) => r[1] === 'reference_revenue_price').map((r) => [r[1], r[2], r[4]])).toEqual([
      ['reference_revenue_price', 'applications[0].revenuePerMTokens', 'api.market.llama-3.3-70b.blended'],
      ['reference_revenue_price', 'applications[1].revenuePerMTokens', 'api.market.gpt-oss-120b.blended'],
    ]);
    for (const r of rows) expect((r[9] as { hyperlink: string }).hyperlink).toMatch(/^https:\/\//);
    expect(rows.map((r) => r[1])).toContain('reference_fast_payback');
    const clear = buildWorkbook({ subjects: [subjectOf(service())], generatedAt }).getWorksheet('Reference check');
    expect(clear?.getRow(2).getCell(1).value).toBe('none');
  });
});
