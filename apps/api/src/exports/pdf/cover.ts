// The title page: the scenario(s) with horizon and basis, a paragraph telling the decision and its
// drivers (narrative.ts), then the baseline's headline figures.
import { isoDate, kpiDef } from '../content';
import { tornadoOf } from './analysis';
import { formatValue } from './format';
import { kpiText } from './kpis';
import { ACCENT, horizonText, monthName, type Layout } from './layout';
import { GRID, INK, INK_2, scenarioColor } from './palette';
import { coverNarrative } from './narrative';
import { cellText, paragraph, shrinkToFit } from './text';

export function titlePage(l: Layout): void {
  const { doc, context } = l;
  const n = context.subjects.length;
  const compare = n > 1;
  doc.rect(0, 0, doc.page.width, 8).fill(ACCENT);
  doc.font('Inter-SemiBold').fontSize(11).fillColor(INK_2);
  cellText(doc, 'TOKENPLAN · AI INFERENCE BUDGET', l.left, 64, l.width, { characterSpacing: 1.5 });
  doc.font('Inter-Bold').fontSize(30).fillColor(INK);
  cellText(doc, compare ? 'Scenario comparison' : 'Board pack', l.left, 86, l.width);
  let y = 86 + doc.currentLineHeight(true) + 6;
  // Six scenarios must leave room for the headline figures: smaller type beyond four.
  const dense = n > 4;
  const indent = compare ? 18 : 0;
  for (const [i, s] of context.subjects.entries()) {
    if (compare) doc.rect(l.left, y + 5, 10, 10).fill(scenarioColor(i));
    doc.font('Inter-SemiBold').fontSize(dense ? 13 : 16).fillColor(INK);
    // One scenario may take two lines for its name; in a comparison each takes one.
    y = paragraph(doc, s.scenario.name, l.left + indent, y, l.width - indent, { maxLines: compare ? 1 : 2 }) + 2;
    doc.font('Inter').fontSize(dense ? 9 : 10).fillColor(INK_2);
    cellText(doc, `${horizonText(s)} · discount rate ${formatValue(s.scenario.discountRateAnnual, 'fraction')} · fiscal year from ${monthName(s.scenario.fiscalYearStartMonth)}`, l.left + indent, y, l.width - indent);
    y += doc.currentLineHeight(true) + (dense ? 6 : 10);
  }
  // The decision in words before any figure: what is planned, the headline, costs, risks.
  doc.font('Inter').fontSize(dense ? 10 : 11).fillColor(INK);
  y = paragraph(doc, coverNarrative(context, tornadoOf(l)), l.left, y + 4, Math.min(l.width, 680), { maxLines: dense ? 9 : 8, lineGap: 3 }) + 22;
  // Headline figures of the first (baseline) scenario.
  const k = context.subjects[0]?.projection.kpis;
  if (k) {
    // A cost centre has no revenue to return on (spec §8): its headline is the cost of serving the demand.
    const costCentre = context.subjects[0]?.scenario.revenueMode === 'costCentre';
    const keys = costCentre ? (['presentValueOfCost', 'totalCost', 'economicCostPerMTokens', 'costPerMTokens'] as const) : (['npv', 'paybackMonths', 'costPerMTokens', 'totalRevenue'] as const);
    const headline: [string, string][] = keys.map((key) => [kpiDef(key).label, kpiText(kpiDef(key), k[key])]);
    const w = l.width / headline.length;
    headline.forEach(([label, value], i) => {
      const x = l.left + i * w;
      doc.save().moveTo(x, y).lineTo(x, y + 46).lineWidth(2).strokeColor(i === 0 ? ACCENT : GRID).stroke().restore();
      doc.font('Inter').fontSize(9).fillColor(INK_2);
      cellText(doc, label + (compare ? ` (${context.subjects[0]?.scenario.name ?? ''})` : ''), x + 10, y, w - 16);
      doc.font('Inter-Bold').fillColor(INK);
      shrinkToFit(doc, value, w - 16, 20, 12);
      cellText(doc, value, x + 10, y + 16, w - 16);
    });
  }
  doc.font('Inter').fontSize(9).fillColor(INK_2);
  paragraph(
    doc,
    `Prepared ${isoDate(context.generatedAt)} with Tokenplan. All amounts in US dollars, nominal. Figures are projections of the model described in the method notes, not forecasts of actual results.`,
    l.left,
    l.bottom - 40,
    l.width,
    { maxLines: 3 },
  );
}
