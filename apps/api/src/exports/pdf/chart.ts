// Small vector chart drawing on pdfkit: axes with units, gridlines on "nice" ticks, legend,
// lines, bars (plain, signed, stacked, grouped). Colours come from the web app's palette
// (apps/web/src/charts/palette.ts), mirrored in palette.ts beside this file.
import type PDFDocument from 'pdfkit';
import { AXIS, GRID, INK, INK_2 } from './palette';

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

function legend(doc: Doc, series: readonly Series[], x: number, y: number, maxW: number): number {
  let cx = x;
  let cy = y;
  doc.font(FONT).fontSize(7.5);
  for (const s of series) {
    const w = doc.widthOfString(s.label) + 22;
    if (cx + w > x + maxW) {
      cx = x;
      cy += 12;
    }
    if (s.type === 'bar') doc.rect(cx, cy + 1, 9, 7).fill(s.color);
    else {
      doc.save().moveTo(cx, cy + 4.5).lineTo(cx + 12, cy + 4.5).lineWidth(2).strokeColor(s.color);
      if (s.dash) doc.dash(3, { space: 2 });
      doc.stroke().restore();
    }
    doc.fillColor(INK_2).text(s.label, cx + (s.type === 'bar' ? 12 : 15), cy, { lineBreak: false });
    cx += w;
  }
  return cy + 12 - y;
}

/** A chart's title and subtitle at the top of `box`; returns the y below them. */
function drawHeading(doc: Doc, { x, y, w }: Box, { title, subtitle }: { title: string; subtitle: string }): number {
  doc.font(FONT_MEDIUM).fontSize(11).fillColor(INK).text(title, x, y, { width: w, lineBreak: false });
  doc.font(FONT).fontSize(8).fillColor(INK_2).text(subtitle, x, y + 15, { width: w, lineBreak: false });
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
  const plot = { x: x + axisW, y: y + 4, w: w - axisW - 6, h: box.y + box.h - y - 4 - 24 };
  const py = (v: number) => plot.y + plot.h - ((v - yMin) / (yMax - yMin || 1)) * plot.h;
  const slot = plot.w / Math.max(1, n);
  const cx = (i: number) => plot.x + slot * (i + 0.5);

  // Gridlines and y labels.
  for (const t of ticks) {
    const ty = py(t);
    doc.save().moveTo(plot.x, ty).lineTo(plot.x + plot.w, ty).lineWidth(t === 0 && spec.zeroLine ? 0.9 : 0.5).strokeColor(t === 0 && spec.zeroLine ? AXIS : GRID).stroke().restore();
    doc.fillColor(AXIS).text(spec.yFormat(t), x, ty - 4, { width: axisW - 5, align: 'right', lineBreak: false });
  }
  // Y-axis unit label, rotated.
  doc.save().rotate(-90, { origin: [x - 10, plot.y + plot.h / 2] });
  doc.fontSize(7.5).fillColor(INK_2).text(spec.yLabel, x - 10 - plot.h / 2, plot.y + plot.h / 2 - 4, { width: plot.h, align: 'center', lineBreak: false });
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
    const label = spec.marker.label;
    const lw = doc.widthOfString(label);
    const lx = mx + 4 + lw > plot.x + plot.w ? mx - 4 - lw : mx + 4;
    doc.text(label, lx, plot.y + 2, { lineBreak: false });
  }
  // X axis and labels.
  doc.save().moveTo(plot.x, plot.y + plot.h).lineTo(plot.x + plot.w, plot.y + plot.h).lineWidth(0.8).strokeColor(AXIS).stroke().restore();
  doc.font(FONT).fontSize(7.5).fillColor(AXIS);
  const every = spec.labelEvery ?? Math.max(1, Math.ceil(n / 10));
  spec.categories.forEach((c, i) => {
    if (i % every !== 0) return;
    const lw = doc.widthOfString(c);
    doc.text(c, cx(i) - lw / 2, plot.y + plot.h + 5, { lineBreak: false });
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
    doc.fillColor(AXIS).text(label, px(t) - doc.widthOfString(label) / 2, plot.y + plot.h + 5, { lineBreak: false });
  }
  const slot = plot.h / Math.max(1, spec.bars.length);
  const bh = Math.min(18, slot * 0.62);
  spec.bars.forEach((b, i) => {
    const cy = plot.y + slot * (i + 0.5);
    doc.font(FONT).fontSize(8).fillColor(INK).text(b.label, x, cy - 4.5, { width: labelW - 8, align: 'right', lineBreak: false });
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
  doc.font(FONT_MEDIUM).fontSize(7.5).fillColor(INK).text(baseLabel, bx + 4, plot.y - 12, { lineBreak: false });
}
