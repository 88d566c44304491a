// The fitting helpers of the board pack (src/exports/pdf/text.ts): one line cut with "…", or a
// bounded wrap; never wider than the cell, never a page added, whatever the width.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { cellText, fitText, paragraph, wrapText } from '../../src/exports/pdf/text';

const require = createRequire(import.meta.url);

function doc() {
  const d = new PDFDocument({ size: 'A4', layout: 'landscape', bufferPages: true });
  d.registerFont('Inter', require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'));
  return d.font('Inter').fontSize(10);
}

const NAME = `PLATFORM${'W'.repeat(112)}`;

describe('fitText', () => {
  it('keeps a text that fits and cuts one that does not, with "…", within the width', () => {
    const d = doc();
    expect(fitText(d, 'Energy', 100)).toBe('Energy');
    const cut = fitText(d, NAME, 100);
    expect(cut).toMatch(/^PLATFORMW*…$/);
    expect(d.widthOfString(cut)).toBeLessThanOrEqual(100);
    // One more character would not have fitted.
    const longer = `${cut.slice(0, -1)}W…`;
    expect(d.widthOfString(longer)).toBeGreaterThan(100);
  });

  it('gives "…" or nothing when the cell is narrower than a glyph, and nothing for a width ≤ 0', () => {
    const d = doc();
    const ellipsis = d.widthOfString('…');
    expect(fitText(d, NAME, ellipsis)).toBe('…');
    expect(fitText(d, NAME, ellipsis / 2)).toBe('');
    expect(fitText(d, NAME, 0)).toBe('');
    expect(fitText(d, NAME, -50)).toBe('');
    expect(fitText(d, NAME, Number.NaN)).toBe('');
  });

  it('puts a pasted line break or tab on the one line as a space', () => {
    expect(fitText(doc(), 'Line one\nline\ttwo', 500)).toBe('Line one line two');
  });
});

describe('wrapText', () => {
  it('wraps at spaces and cuts a word wider than the line, at most maxLines lines, the last with "…"', () => {
    const d = doc();
    expect(wrapText(d, 'Cost per million tokens', 1000, 2)).toEqual(['Cost per million tokens']);
    const lines = wrapText(d, `${NAME} ${NAME}`, 120, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(d.widthOfString(line)).toBeLessThanOrEqual(120);
    expect(lines[0]?.startsWith('PLATFORMW')).toBe(true);
    expect(lines[2]?.endsWith('…')).toBe(true);
    // Nothing is lost before the cut: the first two lines are the start of the name, in order.
    expect(NAME.startsWith(`${lines[0]}${lines[1]}`)).toBe(true);
  });

  it('ends for any width: narrower than a glyph, zero, negative', () => {
    const d = doc();
    expect(wrapText(d, NAME, 0.5, 4).length).toBeLessThanOrEqual(4);
    expect(wrapText(d, NAME, 0, 4)).toEqual([]);
    expect(wrapText(d, NAME, -10, 4)).toEqual([]);
    expect(wrapText(d, NAME, 100, 0)).toEqual([]);
  });
});

describe('drawing', () => {
  it('cellText and paragraph never add a page, even at a width below zero or at the page bottom', () => {
    const d = doc();
    cellText(d, NAME, 40, 580, -20, { align: 'right' });
    cellText(d, NAME, 40, 590, 0.3);
    const below = paragraph(d, `${NAME} ${NAME} ${NAME}`, 40, 570, 200, { maxLines: 3 });
    expect(below).toBeGreaterThan(570);
    expect(d.bufferedPageRange().count).toBe(1);
  });
});

describe('the board pack modules', () => {
  it('hand pdfkit no text width outside text.ts (its wrapper is what never ended)', () => {
    const dir = new URL('../../src/exports/pdf/', import.meta.url);
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'text.ts')
      .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/\.text\([^;]*?\{[^}]*\bwidth\s*:/g)].map((m) => `${f}: ${m[0].slice(0, 80)}`));
    expect(offenders).toEqual([]);
  });
});
