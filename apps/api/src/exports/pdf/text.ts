// Every text of the board pack goes through here, fitted to its layout cell. pdfkit wraps any
// text given a `width` (even with `lineBreak: false`), and its wrapper never ends on a width
// narrower than one glyph or below zero, adding a page per empty line until memory runs out
// (issue 14). So text is measured with widthOfString and drawn without a width: one line cut with
// "…", or wrapped here to a bounded number of lines. Nothing in this module adds a page.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export type Align = 'left' | 'right' | 'center';

export const ELLIPSIS = '…';
/** More characters than any line of a page holds, at any size the pack uses. */
const MAX_LINE_CHARS = 2000;

/** White space (tabs, line breaks from a pasted name) as single spaces: one line of text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Width of `text` at the current font and size (and letter spacing, if any). */
function widthOf(doc: Doc, text: string, characterSpacing = 0): number {
  return doc.widthOfString(text, { characterSpacing });
}

/** Sum of the glyphs' widths one by one (each cached by pdfkit), before kerning and ligatures. */
function glyphSum(doc: Doc, chars: readonly string[], characterSpacing: number): number {
  let sum = 0;
  for (const c of chars) sum += widthOf(doc, c) + characterSpacing;
  return sum;
}

/**
 * The longest start of `chars` (code points) whose width, with `suffix`, is at most `width`.
 * Glyph by glyph widths (pdfkit caches them) place the cut; one or two measurements of the cut
 * text then settle kerning and ligatures. Shaping a long unbroken name is the expensive part, so a
 * cut costs a few measurements, not one per character.
 */
function longestFit(doc: Doc, chars: readonly string[], width: number, suffix: string, characterSpacing = 0): number {
  const room = width - (suffix === '' ? 0 : widthOf(doc, suffix, characterSpacing) + characterSpacing);
  let k = 0;
  let sum = 0;
  while (k < chars.length) {
    const w = widthOf(doc, chars[k] as string) + characterSpacing;
    if (sum + w > room) break;
    sum += w;
    k += 1;
  }
  while (k > 0 && widthOf(doc, chars.slice(0, k).join('') + suffix, characterSpacing) > width) k -= 1;
  return k;
}

/** `text` on one line, cut with "…" to fit `width` at the current font and size ('' when nothing fits). */
export function fitText(doc: Doc, text: string, width: number, characterSpacing = 0): string {
  if (!(width > 0)) return '';
  const line = oneLine(text);
  // No line of the pack holds this many characters: measure no more of a very long text.
  const chars = Array.from(line.slice(0, MAX_LINE_CHARS));
  // Shaping a long unbroken name is the costly part. When its glyph-by-glyph width is far beyond
  // the cell (kerning and ligatures change it by a few per cent), it is cut without shaping it whole.
  const clearlyWider = line.length > MAX_LINE_CHARS || (chars.length > 24 && glyphSum(doc, chars, characterSpacing) > width * 1.25);
  if (!clearlyWider && widthOf(doc, line, characterSpacing) <= width) return line;
  const keep = longestFit(doc, chars, width, ELLIPSIS, characterSpacing);
  if (keep === 0) return widthOf(doc, ELLIPSIS, characterSpacing) <= width ? ELLIPSIS : '';
  return `${chars.slice(0, keep).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Sets the font size to `size`, or lower (not below `minSize`) so `text` fits `width`: a figure is
 * better smaller than cut. Returns the size set; cellText then cuts whatever still does not fit.
 */
export function shrinkToFit(doc: Doc, text: string, width: number, size: number, minSize: number): number {
  doc.fontSize(size);
  const w = widthOf(doc, oneLine(text));
  if (w <= width || !(width > 0)) return size;
  // Width scales with the size: one step straight to the size that fits, rounded down to 0.5 pt.
  const fitting = Math.max(minSize, Math.floor(((size * width) / w) * 2) / 2);
  doc.fontSize(fitting);
  return fitting;
}

export interface CellOptions {
  align?: Align;
  characterSpacing?: number;
}

/**
 * Draws `text` on one line in the cell from `x` to `x + width` (top at `y`), cut with "…" when it
 * is wider; aligned within the cell. Returns the text drawn.
 */
export function cellText(doc: Doc, text: string, x: number, y: number, width: number, options: CellOptions = {}): string {
  const characterSpacing = options.characterSpacing ?? 0;
  const shown = fitText(doc, text, width, characterSpacing);
  if (shown === '') return shown;
  const w = options.align === 'right' || options.align === 'center' ? widthOf(doc, shown, characterSpacing) : 0;
  const dx = options.align === 'right' ? width - w : options.align === 'center' ? (width - w) / 2 : 0;
  // No `width` option: pdfkit then draws the string as one run and never wraps or adds a page.
  doc.text(shown, x + Math.max(0, dx), y, { lineBreak: false, characterSpacing });
  return shown;
}

/**
 * `text` wrapped greedily at spaces to lines of at most `width`, at most `maxLines` of them: a word
 * wider than the line is cut at the width, and the last line ends with "…" when text is left over.
 */
export function wrapText(doc: Doc, text: string, width: number, maxLines: number): string[] {
  if (!(width > 0) || maxLines < 1) return [];
  const words = oneLine(text).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let i = 0;
  // Each pass takes a word or closes a line, and lines stop at maxLines: the loop ends.
  while (i < words.length) {
    const word = words[i] as string;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (widthOf(doc, candidate) <= width) {
      line = candidate;
      i += 1;
    } else if (lines.length === maxLines - 1) break;
    else if (line !== '') {
      lines.push(line);
      line = '';
    } else {
      // A word wider than the whole line: as much of it as fits, the rest starts the next line.
      const chars = Array.from(word);
      const keep = longestFit(doc, chars, width, '');
      if (keep === 0) break;
      lines.push(chars.slice(0, keep).join(''));
      words[i] = chars.slice(keep).join('');
    }
  }
  if (i < words.length) lines.push(fitText(doc, [line, ...words.slice(i)].filter((w) => w !== '').join(' '), width));
  else if (line !== '') lines.push(line);
  return lines.filter((l) => l !== '');
}

export interface ParagraphOptions {
  maxLines: number;
  /** Extra space between lines (points). */
  lineGap?: number;
}

/** Draws `text` wrapped in the column from `x`, `width` wide, at most `maxLines` lines; returns the y below it. */
export function paragraph(doc: Doc, text: string, x: number, y: number, width: number, options: ParagraphOptions): number {
  const lineHeight = doc.currentLineHeight(true) + (options.lineGap ?? 0);
  let top = y;
  for (const line of wrapText(doc, text, width, options.maxLines)) {
    doc.text(line, x, top, { lineBreak: false });
    top += lineHeight;
  }
  return top;
}

/** Height `paragraph` will take for `text` at the current font and size. */
export function paragraphHeight(doc: Doc, text: string, width: number, options: ParagraphOptions): number {
  return wrapText(doc, text, width, options.maxLines).length * (doc.currentLineHeight(true) + (options.lineGap ?? 0));
}
