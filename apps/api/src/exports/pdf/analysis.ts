// The analysis pages: NPV sensitivity (tornado) and, when the user ran one, the Monte Carlo fan.
import { runMonteCarlo, tornado, type TornadoResult } from '../model';
import { num } from '../content';
import { drawChart, drawTornado } from './chart';
import { formatValue, money } from './format';
import { labelEvery, monthCategories, newPage, type Layout } from './layout';
import { INK, INK_2, SERIES } from './palette';
import { paragraph } from './text';

/**
 * The Monte Carlo fan, when the user ran one: the same seeded run as the app (default triangular
 * distributions, ±20 % on every driver but the discount rate), so the page reproduces the screen.
 */
export function monteCarloPage(l: Layout): void {
  const subject = l.context.subjects[0];
  if (!subject || !l.monteCarlo) return;
  const { paths, seed, distributions } = l.monteCarlo;
  const result = runMonteCarlo(subject.scenario, distributions ? { paths, seed, distributions } : { paths, seed });
  const drawn = distributions
    ? `drivers drawn from the triangular distributions set in the app (${Object.keys(distributions).length} drivers)`
    : 'every driver but the discount rate drawn from a triangular −20 % / 0 / +20 %';
  newPage(l);
  const { doc } = l;
  const fan = result.months.cashFlow;
  const height = (l.bottom - l.top) * 0.72;
  drawChart(doc, { x: l.left, y: l.top, w: l.width, h: height }, {
    title: `Monte Carlo: monthly cash flow${l.context.subjects.length > 1 ? ` — ${subject.scenario.name}` : ''}`,
    subtitle: `USD per month, P10 / P50 / P90 of ${result.completedPaths.toLocaleString('en-US')} seeded paths (seed ${result.seed}); ${drawn}`,
    categories: monthCategories(subject),
    labelEvery: labelEvery(subject.projection.months.length),
    series: [
      { label: 'P90', color: SERIES.served, values: fan.p90, dash: true },
      { label: 'P50 (median)', color: SERIES.cumulative, values: fan.p50, width: 2 },
      { label: 'P10', color: SERIES.cashNegative, values: fan.p10, dash: true },
    ],
    yFormat: (v) => money(v, 1),
    yLabel: 'USD / month',
    zeroLine: true,
  });
  const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
  const npv = result.npv;
  const lines = [
    `NPV: P10 ${npv.p10 === null ? '—' : money(npv.p10, 1)} · P50 ${npv.p50 === null ? '—' : money(npv.p50, 1)} · P90 ${npv.p90 === null ? '—' : money(npv.p90, 1)} (today's inputs: ${money(result.base.npv, 1)}).`,
    `Payback within the horizon in ${pct(result.probabilityPaybackWithinHorizon)} of paths; median payback ${result.paybackMonths.p50 === null ? '—' : `${result.paybackMonths.p50.toFixed(1)} months`}.`,
    'Fast float64 engine, held to 1e-9 of the exact engine in the test suite; the same seed gives the same result.',
  ];
  doc.font('Inter').fontSize(10).fillColor(INK);
  let y = l.top + height + 14;
  for (const line of lines) y = paragraph(doc, line, l.left, y, l.width, { maxLines: 2 }) + 4;
}

/** The first scenario's NPV tornado, computed once for the cover's risks and the sensitivity page. */
export function tornadoOf(l: Layout): TornadoResult | undefined {
  const subject = l.context.subjects[0];
  if (!subject) return undefined;
  // The float64 fast path (held to 1e-9 of the exact engine): 17 projections in milliseconds.
  l.tornado ??= tornado(subject.scenario, { engine: 'float' });
  return l.tornado;
}

export function tornadoPage(l: Layout): void {
  const subject = l.context.subjects[0];
  const result = tornadoOf(l);
  if (!subject || !result) return;
  const base = num(result.base);
  if (base === null) return;
  newPage(l);
  const swing = formatValue(result.swing, 'fraction');
  const compare = l.context.subjects.length > 1;
  const height = Math.min(l.bottom - l.top - 60, 60 + result.bars.length * 34);
  drawTornado(l.doc, { x: l.left, y: l.top, w: l.width, h: height }, {
    title: `Sensitivity of NPV${compare ? ` — ${subject.scenario.name}` : ''}`,
    subtitle: `NPV in USD with each driver moved ${swing} down and up, the others held; largest spread first`,
    base,
    bars: result.bars.map((b) => ({ label: b.label, low: num(b.low), high: num(b.high) })),
    lowLabel: `Driver −${swing.replace(/^−/, '')}`,
    highLabel: `Driver +${swing}`,
    lowColor: '#b42318',
    highColor: '#2c5282',
    format: (v) => money(v, 0),
  });
  const doc = l.doc;
  doc.font('Inter').fontSize(8.5).fillColor(INK_2);
  paragraph(
    doc,
    'Read each bar as “if this input were that much lower (red) or higher (blue), NPV would be …”. A bar is missing an end where the KPI is undefined there. Drivers: ' +
      result.bars.map((b) => b.label.toLowerCase()).join(', ') +
      '.',
    l.left,
    l.top + height + 16,
    l.width,
    { maxLines: 4 },
  );
}

