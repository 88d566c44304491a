// Small vector chart drawing on pdfkit: axes with units, gridlines on "nice" ticks, legend,
// lines, bars (plain, signed, stacked, grouped). Colours come from the web app's palette
// (apps/web/src/charts/palette.ts), mirrored in palette.ts beside this file.
import type PDFDocument from 'pdfkit';
import { AXIS, GRID, INK, INK_2 } from './palette';
import { cellText, fitText } from './text';

type Doc = InstanceType<typeof PDFDocument>;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Series {
  label: string;
  color: string;
  values: readonly (number | null)[];
  /** Line (default) or bar; bars of several series stack when `stacked` is set on the chart. */
  type?: 'line' | 'bar';
  dash?: boolean;
  width?: number;
}

export interface ChartSpec {
  title: string;
  /** Units and basis under the title, e.g. "USD per million tokens, monthly". */
  subtitle: string;
  categories: readonly string[];
  /** Show every n-th category label (auto when omitted). */
  labelEvery?: number;
  series: readonly Series[];
  yFormat: (v: number) => string;
  yLabel: string;
  stacked?: boolean;
  /** Bars coloured by sign (cash flow): positive, negative. */
  signColors?: [string, string];
  /** Vertical marker, e.g. payback month (fractional category index). */
  marker?: { at: number; label: string; color: string };
  /** Horizontal zero line emphasised. */
  zeroLine?: boolean;
  /** Force zero into the y-range (default true). */
  includeZero?: boolean;
  /** Values the y-range must also cover (a shared scale across small multiples). */
  alsoCover?: readonly number[];
}

/** Round tick steps: 1, 2, 2.5, 5 × 10^k, about `count` ticks. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / count;
  const pow = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * pow >= raw) ?? 10) * pow;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return ticks;
}

const FONT = 'Inter';
const FONT_MEDIUM = 'Inter-SemiBold';

/** Legend entries wider than this are cut with "…" (a platform may be named with 120 characters). */
const LEGEND_LABEL_MAX = 170;
/** Rows of legend at most; entries beyond them become "+ N more" so the plot keeps its height. */
const LEGEND_ROWS = 3;

/** The legend above a plot, at most LEGEND_ROWS rows; returns its height. */
function legend(doc: Doc, series: readonly Series[], x: number, y: number, maxW: number): number {
  let cx = x;
  let row = 0;
  doc.font(FONT).fontSize(7.5);
  const labelMax = Math.min(LEGEND_LABEL_MAX, maxW - 22);
  const more = (n: number) => `+ ${n} more`;
  for (const [i, s] of series.entries()) {
    const label = fitText(doc, s.label, labelMax);
    const w = doc.widthOfString(label) + 22;
    const left = series.length - i - 1;
    // On the last row, keep room for "+ N more" unless this is the last entry.
    const reserve = row === LEGEND_ROWS - 1 && left > 0 ? doc.widthOfString(more(left)) + 4 : 0;
    if (cx > x && cx + w + reserve > x + maxW) {
      if (row === LEGEND_ROWS - 1) {
        doc.fillColor(INK_2);
        cellText(doc, more(left + 1), cx, y + row * 12, x + maxW - cx);
        break;
      }
      cx = x;
      row += 1;
    }
    const cy = y + row * 12;
    if (s.type === 'bar') doc.rect(cx, cy + 1, 9, 7).fill(s.color);
    else {
      doc.save().moveTo(cx, cy + 4.5).lineTo(cx + 12, cy + 4.5).lineWidth(2).strokeColor(s.color);
      if (s.dash) doc.dash(3, { space: 2 });
      doc.stroke().restore();
    }
    doc.fillColor(INK_2).text(label, cx + (s.type === 'bar' ? 12 : 15), cy, { lineBreak: false });
    cx += w;
  }
  return (row + 1) * 12;
}

/** A chart's title and subtitle at the top of `box`; returns the y below them. */
function drawHeading(doc: Doc, { x, y, w }: Box, { title, subtitle }: { title: string; subtitle: string }): number {
  doc.font(FONT_MEDIUM).fontSize(11).fillColor(INK);
  cellText(doc, title, x, y, w);
  doc.font(FONT).fontSize(8).fillColor(INK_2);
  cellText(doc, subtitle, x, y + 15, w);
  return y + 28;
}

/** Draws a titled chart into `box` (title, subtitle, legend, plot, axes). */
export function drawChart(doc: Doc, box: Box, spec: ChartSpec): void {
  const { x, w } = box;
  let y = drawHeading(doc, box, spec);
  const legendSeries = spec.signColors
    ? [
        { label: 'Positive month', color: spec.signColors[0], values: [], type: 'bar' as const },
        { label: 'Negative month', color: spec.signColors[1], values: [], type: 'bar' as const },
        ...spec.series.filter((s) => s.type !== 'bar'),
      ]
    : spec.series;
  y += legend(doc, legendSeries, x, y, w) + 4;

  const n = spec.categories.length;
  const values: number[] = [];
  if (spec.stacked) {
    for (let i = 0; i < n; i += 1) {
      let pos = 0;
      let neg = 0;
      for (const s of spec.series.filter((t) => t.type === 'bar')) {
        const v = s.values[i] ?? 0;
        if (v >= 0) pos += v;
        else neg += v;
      }
      values.push(pos, neg);
    }
    for (const s of spec.series.filter((t) => t.type !== 'bar')) for (const v of s.values) if (v !== null) values.push(v);
  } else for (const s of spec.series) for (const v of s.values) if (v !== null && Number.isFinite(v)) values.push(v);
  if (spec.includeZero !== false) values.push(0);
  values.push(...(spec.alsoCover ?? []));
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const yMin = ticks[0] ?? 0;
  const yMax = ticks[ticks.length - 1] ?? 1;

  doc.font(FONT).fontSize(7.5);
  const axisW = Math.max(...ticks.map((t) => doc.widthOfString(spec.yFormat(t)))) + 8;
  // At least a sliver of plot, whatever the box: a negative size would draw nonsense.
  const plot = { x: x + axisW, y: y + 4, w: Math.max(1, w - axisW - 6), h: Math.max(1, box.y + box.h - y - 4 - 24) };
  const py = (v: number) => plot.y + plot.h - ((v - yMin) / (yMax - yMin || 1)) * plot.h;
  const slot = plot.w / Math.max(1, n);
  const cx = (i: number) => plot.x + slot * (i + 0.5);

  // Gridlines and y labels.
  for (const t of ticks) {
    const ty = py(t);
    doc.save().moveTo(plot.x, ty).lineTo(plot.x + plot.w, ty).lineWidth(t === 0 && spec.zeroLine ? 0.9 : 0.5).strokeColor(t === 0 && spec.zeroLine ? AXIS : GRID).stroke().restore();
    doc.fillColor(AXIS);
    cellText(doc, spec.yFormat(t), x, ty - 4, axisW - 5, { align: 'right' });
  }
  // Y-axis unit label, rotated.
  doc.save().rotate(-90, { origin: [x - 10, plot.y + plot.h / 2] });
  doc.fontSize(7.5).fillColor(INK_2);
  cellText(doc, spec.yLabel, x - 10 - plot.h / 2, plot.y + plot.h / 2 - 4, plot.h, { align: 'center' });
  doc.restore();

  // Bars.
  const bars = spec.series.filter((s) => s.type === 'bar');
  if (bars.length > 0) {
    const zero = py(Math.max(yMin, Math.min(0, yMax)));
    if (spec.stacked) {
      const bw = Math.max(1, slot * 0.62);
      for (let i = 0; i < n; i += 1) {
        let pos = 0;
        let neg = 0;
        for (const s of bars) {
          const v = s.values[i] ?? 0;
          if (v === 0) continue;
          const from = v >= 0 ? pos : neg;
          const to = from + v;
          if (v >= 0) pos = to;
          else neg = to;
          const top = Math.min(py(from), py(to));
          doc.rect(cx(i) - bw / 2, top, bw, Math.abs(py(from) - py(to))).fill(s.color);
        }
      }
    } else {
      const group = slot * (n > 40 ? 0.8 : 0.7);
      const bw = Math.max(0.6, group / bars.length);
      bars.forEach((s, k) => {
        s.values.forEach((v, i) => {
          if (v === null || v === 0) return;
          const color = spec.signColors ? (v >= 0 ? spec.signColors[0] : spec.signColors[1]) : s.color;
          const left = cx(i) - group / 2 + k * bw;
          const top = Math.min(py(v), zero);
          doc.rect(left, top, bw * 0.92, Math.max(0.4, Math.abs(py(v) - zero))).fill(color);
        });
      });
    }
  }
  // Lines.
  for (const s of spec.series.filter((t) => t.type !== 'bar')) {
    doc.save().lineWidth(s.width ?? 1.8).strokeColor(s.color).lineJoin('round');
    if (s.dash) doc.dash(4, { space: 2.5 });
    let started = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        started = false;
        return;
      }
      if (!started) doc.moveTo(cx(i), py(v));
      else doc.lineTo(cx(i), py(v));
      started = true;
    });
    doc.stroke().restore();
  }
  // Marker.
  if (spec.marker && spec.marker.at >= 0 && spec.marker.at <= n - 1) {
    const mx = plot.x + slot * (spec.marker.at + 0.5);
    doc.save().moveTo(mx, plot.y).lineTo(mx, plot.y + plot.h).lineWidth(1).dash(3, { space: 2 }).strokeColor(spec.marker.color).stroke().restore();
    doc.font(FONT_MEDIUM).fontSize(7.5).fillColor(spec.marker.color);
    const label = fitText(doc, spec.marker.label, plot.w / 2);
    const lw = doc.widthOfString(label);
    const lx = mx + 4 + lw > plot.x + plot.w ? mx - 4 - lw : mx + 4;
    doc.text(label, lx, plot.y + 2, { lineBreak: false });
  }
  // X axis and labels.
  doc.save().moveTo(plot.x, plot.y + plot.h).lineTo(plot.x + plot.w, plot.y + plot.h).lineWidth(0.8).strokeColor(AXIS).stroke().restore();
  doc.font(FONT).fontSize(7.5).fillColor(AXIS);
  // Every n-th label, n large enough that neighbours never overlap (FY labels in a narrow chart).
  const widest = Math.max(0, ...spec.categories.map((c) => doc.widthOfString(c)));
  const every = Math.max(spec.labelEvery ?? Math.ceil(n / 10), Math.ceil((widest + 4) / slot), 1);
  spec.categories.forEach((c, i) => {
    if (i % every !== 0) return;
    const label = fitText(doc, c, slot * every - 4);
    const lw = doc.widthOfString(label);
    doc.text(label, Math.max(x, Math.min(cx(i) - lw / 2, x + w - lw)), plot.y + plot.h + 5, { lineBreak: false });
  });
}

export interface TornadoSpec {
  title: string;
  subtitle: string;
  base: number;
  bars: readonly { label: string; low: number | null; high: number | null }[];
  lowLabel: string;
  highLabel: string;
  lowColor: string;
  highColor: string;
  format: (v: number) => string;
}

/** Horizontal tornado: one bar per driver from the base value to the KPI at each end of its swing. */
export function drawTornado(doc: Doc, box: Box, spec: TornadoSpec): void {
  const { x, w } = box;
  let y = drawHeading(doc, box, spec);
  y += legend(doc, [
    { label: spec.lowLabel, color: spec.lowColor, values: [], type: 'bar' },
    { label: spec.highLabel, color: spec.highColor, values: [], type: 'bar' },
  ], x, y, w) + 6;
  const labelW = 150;
  const values = [spec.base, ...spec.bars.flatMap((b) => [b.low, b.high].filter((v): v is number => v !== null))];
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 6);
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const plot = { x: x + labelW, y, w: w - labelW - 10, h: box.y + box.h - y - 18 };
  const px = (v: number) => plot.x + ((v - lo) / (hi - lo || 1)) * plot.w;
  doc.font(FONT).fontSize(7.5);
  for (const t of ticks) {
    doc.save().moveTo(px(t), plot.y).lineTo(px(t), plot.y + plot.h).lineWidth(0.5).strokeColor(GRID).stroke().restore();
    const label = spec.format(t);
    const lw = doc.widthOfString(label);
    // Centred under its tick, but never past the box's edges.
    doc.fillColor(AXIS).text(label, Math.max(x, Math.min(px(t) - lw / 2, x + w - lw)), plot.y + plot.h + 5, { lineBreak: false });
  }
  const slot = plot.h / Math.max(1, spec.bars.length);
  const bh = Math.min(18, slot * 0.62);
  spec.bars.forEach((b, i) => {
    const cy = plot.y + slot * (i + 0.5);
    doc.font(FONT).fontSize(8).fillColor(INK);
    cellText(doc, b.label, x, cy - 4.5, labelW - 8, { align: 'right' });
    for (const [v, color] of [[b.low, spec.lowColor], [b.high, spec.highColor]] as const) {
      if (v === null) continue;
      const a = px(Math.min(v, spec.base));
      const z = px(Math.max(v, spec.base));
      doc.rect(a, cy - bh / 2, Math.max(0.8, z - a), bh).fill(color);
    }
  });
  const bx = px(spec.base);
  doc.save().moveTo(bx, plot.y - 2).lineTo(bx, plot.y + plot.h).lineWidth(1).strokeColor(INK).stroke().restore();
  const baseLabel = `Base ${spec.format(spec.base)}`;
  doc.font(FONT_MEDIUM).fontSize(7.5).fillColor(INK);
  cellText(doc, baseLabel, Math.min(bx + 4, x + w - doc.widthOfString(baseLabel)), plot.y - 12, w);
}
