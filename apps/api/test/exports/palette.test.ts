import { describe, expect, it } from 'vitest';
import * as web from '../../../web/src/charts/palette';
import * as pdf from '../../src/exports/pdf/palette';

// The board pack mirrors the screens' palette (there is no shared UI package): this keeps the
// mirror true, colour for colour.
describe('PDF palette', () => {
  it('is the web palette for every colour it uses', () => {
    expect({ INK: pdf.INK, INK_2: pdf.INK_2, GRID: pdf.GRID, AXIS: pdf.AXIS }).toEqual({ INK: web.INK, INK_2: web.INK_2, GRID: web.GRID, AXIS: web.AXIS });
    // Cost lines: the model's keys in its stacking order, its labels (OUTPUT_LABELS), the web's colours.
    expect(pdf.COST_LINES).toEqual(web.COST_LINES);
    for (const [key, colour] of Object.entries(pdf.SERIES)) expect([key, colour]).toEqual([key, (web.SERIES as Record<string, string>)[key]]);
    for (let i = 0; i < 12; i++) {
      expect(pdf.platformColor(i)).toBe(web.platformColor(i));
      expect(pdf.scenarioColor(i)).toBe(web.scenarioColor(i));
    }
  });
});
