// The board pack as a board reads it (issue 19): a cover that opens with the decision in words,
// derived from the projection; no raw codes on the assumption pages; a unit on every figure; the
// cash flow on two axes; A4 and Letter under distinct file names.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/exports/content';
import { buildPdf } from '../../src/exports/pdf/index';
import { buildExport } from '../../src/jobs/exportJob';
import { presetDocuments, subjectOf, upfrontDocument } from './fixtures';

type Subject = ReturnType<typeof subjectOf>;

async function pagesOf(subjects: Subject[]): Promise<string[]> {
  const pdf = await buildPdf({ subjects, generatedAt: new Date('2026-12-03T12:00:00Z') }, { paper: 'a4' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((p) => p.replace(/\s+/g, ' '));
}

/** $41.9M / −$41.9M, written here from the number (one decimal in millions). */
// Millions to one decimal, a trailing ".0" dropped ($69M, $54.1M), as a board slide prints them.
const millions = (v: number) => `${v < 0 ? '−' : ''}$${Number((Math.abs(v) / 1e6).toFixed(1)).toLocaleString('en-US', { maximumFractionDigits: 1 })}M`;

/** The P&L cost lines summed over the months, largest first — from the month rows, not the chart series. */
function costLinesByMonthSum(subject: Subject): { key: string; amount: number }[] {
  const keys = ['depreciation', 'energyCost', 'hosting', 'maintenance', 'rentalCost', 'apiCost', 'fixedOpex'] as const;
  return keys
    .map((key) => ({ key, amount: subject.projection.months.reduce((sum, m) => sum + Number((m as unknown as Record<string, string>)[key] ?? 0), 0) }))
    .filter((c) => c.amount > 0)
    .sort((a, b) => b.amount - a.amount);
}

describe('board pack cover narrative', () => {
  it('opens with a paragraph naming the plan, its NPV and payback, its largest costs and its key risks', async () => {
    const subject = subjectOf(upfrontDocument());
    const cover = (await pagesOf([subject]))[0] ?? '';
    const k = subject.projection.kpis;
    const narrativeAt = cover.indexOf(`${subject.scenario.name} plans 5 applications served by 1 owned platform`);
    expect(narrativeAt).toBeGreaterThan(-1);
    // The paragraph comes before the headline figures (their "NPV" label follows it).
    expect(cover.indexOf(`NPV ${millions(Number(k.npv))}`, narrativeAt)).toBeGreaterThan(narrativeAt);
    expect(cover).toContain(`its NPV is ${millions(Number(k.npv))} on ${millions(Number(k.totalRevenue))} of revenue`);
    const payback = k.paybackMonths === null ? 'does not pay back within the horizon' : `pays back in ${Number(k.paybackMonths).toFixed(1)} months`;
    expect(cover).toContain(`the cumulative cash flow ${payback}`);
    // The largest cost line, by the month rows' sum: depreciation of 300 nodes bought up front.
    const [largest] = costLinesByMonthSum(subject);
    expect(largest?.key).toBe('depreciation');
    expect(cover).toContain(`The largest costs are depreciation (${millions(largest?.amount ?? 0)}`);
    expect(cover).toMatch(/The key risks: with each driver moved 20 % down and up, NPV moves most with \S/);
  });

  it('follows the projection: a cost centre leads with its cost, and a comparison names each scenario', async () => {
    const document = presetDocuments()[0] as Record<string, unknown>;
    document['revenueMode'] = 'costCentre';
    const costCentre = subjectOf(document);
    const k = costCentre.projection.kpis;
    const cover = (await pagesOf([costCentre]))[0] ?? '';
    expect(cover).toContain(`Run as a cost centre (no revenue), serving the demand costs ${millions(Number(k.totalCost))} over the horizon, a present value of ${millions(Number(k.presentValueOfCost))} at 10.0 %`);
    expect(cover).not.toContain('its NPV is');

    const [a, b] = presetDocuments().map(subjectOf) as [Subject, Subject];
    const compared = (await pagesOf([a, b]))[0] ?? '';
    expect(compared).toContain(`This pack compares ${a.scenario.name} and ${b.scenario.name} over`);
    expect(compared).toContain(`Against it, ${b.scenario.name} has an NPV of ${millions(Number(b.projection.kpis.npv))}`);
  });
});

describe('board pack pages', () => {
  it('assumptions show coded choices in words, never the codes', async () => {
    const subject = subjectOf(presetDocuments()[0] as Record<string, unknown>);
    // The preset's codes, the ones the finding quoted.
    expect(subject.scenario.platforms[0]?.acquisition.type).toBe('own');
    expect(subject.scenario.idlePolicy).toBe('separate');
    expect(subject.scenario.fiscalYearStartMonth).toBe(1);
    const text = (await pagesOf([subject])).filter((p) => p.startsWith('Assumptions')).join(' ');
    expect(text).toContain('Acquisition Owned');
    expect(text).toContain('Idle capacity in allocation Idle cost shown separately');
    expect(text).toContain('Growth model Compound growth');
    expect(text).toContain('Fiscal year starts in January');
    expect(text).not.toContain('1–12');
    for (const code of ['own', 'separate', 'compound', 'linear', 'logistic', 'auto', 'fixed']) expect(text, code).not.toMatch(new RegExp(`(^|[ :])${code}( |$)`));
  });

  it('every figure carries its unit, and the cash flow is drawn on two panels', async () => {
    const subject = subjectOf(presetDocuments()[0] as Record<string, unknown>);
    const all = await pagesOf([subject]);
    const kpiPage = all[1] ?? '';
    // 4 decimals at most, as the pack's decimal format: e.g. 0.27891… → 0.2789.
    const joules = Number(Number(subject.projection.kpis.joulesPerToken).toFixed(4)).toLocaleString('en-US', { maximumFractionDigits: 4 });
    expect(kpiPage).toContain(`Energy per token ${joules} J/token`);
    expect(kpiPage).toMatch(/Tokens served [\d.,]+[kMBT]? tokens/);
    expect(kpiPage).toMatch(/Tokens per MWh [\d.,]+[kMBT]? tokens\/MWh/);
    const charts = all.find((p) => p.includes('Cash flow by month')) ?? '';
    expect(charts).toContain('Cash flow and payback (cumulative)');
  });

  it('A4 and Letter download under distinct file names', async () => {
    const subjects = [{ document: presetDocuments()[0] as Record<string, unknown>, prefix: 'scenario' }];
    const at = new Date('2026-12-03T12:00:00Z');
    const names = await Promise.all(
      (['a4', 'letter'] as const).map(async (paper) => {
        const file = await buildExport({ kind: 'export', format: 'pdf', subjects, generatedAt: at, options: { paper } });
        return exportFileName(file.names, at, 'pdf', file.suffix);
      }),
    );
    expect(names).toEqual(['tokenplan-blackwell-b200-owned-fleet-a4-2026-12-03.pdf', 'tokenplan-blackwell-b200-owned-fleet-letter-2026-12-03.pdf']);
  });
});
