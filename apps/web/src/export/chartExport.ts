// Chart images for slides: the chart's SVG (Recharts draws one) framed with a title, units, the
// legend, and a source line naming the scenario and the date, on a white background. SVG as is,
// PNG drawn at 2x on a canvas.
import { saveBlob } from './download';

export interface ChartImageMeta {
  title: string;
  /** Units and basis, e.g. "USD per million tokens, monthly". */
  subtitle?: string | undefined;
  scenarioName: string;
  date?: Date;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "Inter, 'Segoe UI', system-ui, -apple-system, Helvetica, Arial, sans-serif";
const INK = '#16212e';
const INK_2 = '#4a5868';
const PAD = 20;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "tokenplan-<scenario>-<chart>-<yyyy-mm-dd>.<ext>" */
export function chartFileName(meta: ChartImageMeta, ext: 'png' | 'svg'): string {
  const slug = (s: string) =>
    s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'chart';
  return `tokenplan-${slug(meta.scenarioName)}-${slug(meta.title)}-${isoDate(meta.date ?? new Date())}.${ext}`;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function area(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
}

/** Legend entries Recharts renders as HTML next to the SVG: label and colour. */
function legendOf(container: Element): { label: string; color: string }[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector('svg path, svg line, svg rect');
    const color = icon?.getAttribute('fill') && icon.getAttribute('fill') !== 'none' ? icon.getAttribute('fill') : icon?.getAttribute('stroke');
    return { label: item.textContent?.trim() ?? '', color: color ?? INK };
  });
}

/** The framed chart as a standalone SVG document (string). `container` holds the chart's <svg>. */
export function chartSvg(container: Element, meta: ChartImageMeta): { svg: string; width: number; height: number } {
  // The chart's own surface; legend icons are small svgs of the same class, so fall back to the largest.
  const source =
    container.querySelector('.recharts-wrapper > svg') ??
    [...container.querySelectorAll('svg')].sort((a, b) => area(b) - area(a))[0];
  if (!source) throw new Error('This chart has no SVG to export.');
  const box = source.getBoundingClientRect();
  const chartW = Math.round(Number(source.getAttribute('width')) || box.width || 600);
  const chartH = Math.round(Number(source.getAttribute('height')) || box.height || 300);
  const legend = legendOf(container);
  const width = chartW + 2 * PAD;
  const headH = meta.subtitle ? 56 : 38;
  const legendH = legend.length > 0 ? 22 : 0;
  const footH = 30;
  const height = headH + legendH + chartH + footH + PAD;
  const clone = source.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(headH + legendH));
  clone.setAttribute('width', String(chartW));
  clone.setAttribute('height', String(chartH));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  const inner = new XMLSerializer().serializeToString(clone);
  let lx = PAD;
  const legendSvg = legend
    .map(({ label, color }) => {
      const item = `<rect x="${lx}" y="${headH + 4}" width="10" height="10" fill="${esc(color)}"/><text x="${lx + 14}" y="${headH + 13}" font-size="12" fill="${INK_2}">${esc(label)}</text>`;
      lx += 14 + label.length * 6.6 + 18;
      return item;
    })
    .join('');
  const when = isoDate(meta.date ?? new Date());
  const svg = [
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 10}" font-size="17" font-weight="600" fill="${INK}">${esc(meta.title)}</text>`,
    meta.subtitle ? `<text x="${PAD}" y="${PAD + 30}" font-size="12" fill="${INK_2}">${esc(meta.subtitle)}</text>` : '',
    legendSvg,
    inner,
    `<text x="${PAD}" y="${height - PAD + 4}" font-size="11" fill="${INK_2}">Source: Tokenplan projection · ${esc(meta.scenarioName)} · ${when}</text>`,
    `</svg>`,
  ].join('');
  return { svg, width, height };
}

export function downloadChartSvg(container: Element, meta: ChartImageMeta): string {
  const { svg } = chartSvg(container, meta);
  const name = chartFileName(meta, 'svg');
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  return name;
}

/** The framed chart as a PNG at `scale` (2: crisp on slides and retina screens). */
export async function chartPng(container: Element, meta: ChartImageMeta, scale = 2): Promise<Blob> {
  const { svg, width, height } = chartSvg(container, meta);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadChartPng(container: Element, meta: ChartImageMeta): Promise<string> {
  const blob = await chartPng(container, meta);
  const name = chartFileName(meta, 'png');
  saveBlob(blob, name);
  return name;
}
