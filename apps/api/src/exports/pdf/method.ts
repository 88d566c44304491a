// The method notes: how the figures are computed, in plain words, two columns on one page.
import { heading, newPage, type Layout } from './layout';
import { INK, INK_2 } from './palette';
import { cellText, paragraph, paragraphHeight } from './text';

/** Lines of one note at most (the longest takes seven in a column). */
const NOTE_LINES = 12;

export const METHOD_NOTES: [string, string][] = [
  ['Time and money', 'The model runs month by month from the first month over the horizon. All amounts are US dollars, computed exactly and rounded only for display. Annual rates become monthly rates by compounding, never by dividing by twelve.'],
  ['Demand', 'Each application asks for a number of tokens in month 0 that grows by a fixed monthly percentage, by a fixed monthly amount, or along an S-curve towards a ceiling. Revenue is tokens served, in millions, times the price per million tokens, which erodes each year by the stated percentage.'],
  ['Capacity and fleet', 'A platform’s throughput (tokens per second per GPU, raised over time by the software-improvement curve) turns demand into busy GPU-hours. Owned fleets buy whole nodes when demand needs them, at the target utilisation, and keep them; rented fleets follow demand up and down. Power caps and node limits can leave demand unmet, which is reported.'],
  ['Costs', 'Energy is the facility draw (IT power between idle and full load, times PUE) times the electricity price, escalating yearly. Hosting is charged per provisioned kW, maintenance as a yearly share of capex. Capex is paid when nodes are added and depreciated straight-line, net of residual value. Rented capacity is one all-in price per GPU-hour. API options charge their blended input and output price.'],
  ['Cash flow and budget', 'Opex is energy, hosting, maintenance, rental, API and fixed costs. Cash flow is revenue minus opex minus capex. The P&L cost replaces capex by depreciation. The budget is opex plus capex plus the contingency reserve.'],
  ['NPV, IRR and payback', 'NPV discounts each month’s cash flow at the monthly equivalent of the annual discount rate, month 0 undiscounted (in a spreadsheet: first cash flow + NPV(monthly rate, the remaining flows)). IRR is the monthly rate at which NPV is zero, annualised by compounding twelve months; it is not shown when the flows have no such rate or several. MIRR uses the discount rate for both financing and reinvestment. Payback is when cumulative cash flow turns non-negative, interpolated within the month.'],
  ['Unit economics', 'Cost per million tokens is the horizon’s P&L cost divided by millions of tokens served; the cash and energy-only variants use opex plus capex and energy cost. The break-even API price is the self-hosted cost per million tokens served on platforms: an API priced below it is cheaper than running the fleet.'],
  ['Allocation', 'A platform’s monthly cost is shared among its applications in proportion to the busy GPU-hours they use. Idle capacity is either its own line (showback) or spread in the same proportions (chargeback). Amounts shown in cents are rounded so the parts still sum to the rounded total.'],
  ['Where the numbers are', 'The Excel workbook exported with this pack has the monthly ledger behind every figure, with NPV, IRR and the fiscal-year totals as live spreadsheet formulas over it.'],
];

export function methodPage(l: Layout): void {
  const { doc } = l;
  newPage(l);
  const top = heading(l, 'Method notes', 'How the figures are computed, in plain words');
  const colGap = 28;
  const colW = (l.width - colGap) / 2;
  const body = { maxLines: NOTE_LINES, lineGap: 1.5 };
  let col = 0;
  let y = top;
  for (const [title, text] of METHOD_NOTES) {
    doc.font('Inter').fontSize(8.5);
    const h = paragraphHeight(doc, text, colW, body) + 18;
    if (y + h > l.bottom && col === 0) {
      col = 1;
      y = top;
    }
    const x = l.left + col * (colW + colGap);
    doc.font('Inter-SemiBold').fontSize(9.5).fillColor(INK);
    cellText(doc, title, x, y, colW);
    y += doc.currentLineHeight(true) + 2;
    doc.font('Inter').fontSize(8.5).fillColor(INK_2);
    y = paragraph(doc, text, x, y, colW, body) + 10;
  }
}
