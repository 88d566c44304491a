// The live workbook stays inside Excel's formula limits (8,192 characters, 64 nested functions)
// at the schema's extremes: 120 software steps, a 200-point interactivity curve, 120 applications
// on one platform, 120 months.
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../../packages/model/test/reference/generate';
import { subjectOf } from './fixtures';
import { readBack } from './xlsxRead';

/* eslint-disable @typescript-eslint/no-explicit-any -- a scenario document is JSON */
function extremeDoc(): any {
  const doc = generateScenario(3);
  doc.horizonMonths = 120;
  doc.platforms = [
    {
      id: 'p0', name: 'Platform 0', gpusPerNode: 8, powerKwPerNode: 10, idlePowerFraction: 0.2, capexPerNode: 250000, maintenancePctPerYear: 0.05,
      depreciationMonths: 36, residualValuePct: 0.1, fleet: { mode: 'auto', targetUtilization: 0.6 },
      softwareCurve: { type: 'steps', steps: Array.from({ length: 120 }, (_, i) => ({ month: i, multiplier: 1.01 })) },
      // 200 points: interactivity 1…200, throughput falling from 50,000 by 100 a point.
      throughput: { m: { curve: Array.from({ length: 200 }, (_, i) => ({ interactivity: i + 1, tokensPerSecondPerGpu: 50000 - 100 * i })) } },
    },
  ];
  doc.apiOptions = [];
  doc.applications = Array.from({ length: 120 }, (_, i) => ({
    id: `app${i}`, name: `App ${i}`, team: 'T', model: 'm', servedBy: { platform: 'p0' }, tokensMonth0: 1e9, growth: { type: 'compound', monthlyRate: 0.01 },
    outputShare: 0.3, revenuePerMTokens: 5, annualPriceErosion: 0.1, tokensPerQuery: 1000, queriesPerTask: 2, minInteractivity: 150.5,
  }));
  return doc;
}

describe('live workbook at the schema’s extremes', () => {
  it('every formula is under 8,192 characters and nests under 64 levels', async () => {
    const wb = await readBack([subjectOf(extremeDoc())]);
    let longest = 0;
    let deepest = 0;
    let formulas = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (v === null || typeof v !== 'object' || !('formula' in v)) return;
          const f = v.formula ?? '';
          formulas += 1;
          longest = Math.max(longest, f.length);
          let depth = 0;
          for (const ch of f) {
            if (ch === '(') deepest = Math.max(deepest, (depth += 1));
            else if (ch === ')') depth -= 1;
          }
        }),
      ),
    );
    // 120 apps × 120 months of demand alone are 14,400 formulas.
    expect(formulas).toBeGreaterThan(14_400);
    expect(longest).toBeLessThan(8192);
    expect(deepest).toBeLessThan(64);
  }, 120_000);
});
