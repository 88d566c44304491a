// The v2 inputs (spec §8, §9) in every export's assumptions: each new field is a labelled row
// with the value as entered; a throughput by class or curve and a migration path read in words.
import { describe, expect, it } from 'vitest';
import { assumptionRows, curvePoints } from '../../src/exports/assumptions';
import { INPUT_LABELS } from '../../src/exports/model';
import { subjectOf, upfrontDocument, v2Scenario } from './fixtures';

const scenario = v2Scenario();
const rows = assumptionRows(scenario, { parts: true });
const row = (path: string) => {
  const found = rows.find((r) => r.path === path);
  if (!found) throw new Error(`no assumption row ${path}`);
  return found;
};

/** Every v2 field of the fixture, with the value it was given (fixtures.ts v2Document). */
const V2_VALUES: [string, string | number][] = [
  ['hosting.annualEscalation', '0.03'],
  ['fixedOpexAnnualEscalation', '0.04'],
  ['terminalValue', 'bookValue'],
  ['revenueMode', 'revenue'],
  ['tax.rate', '0.21'],
  ['tax.depreciation', 'macrs5'],
  ['tax.bonusPct', '0.4'],
  ['platforms[0].deploymentLagMonths', 2],
  ['platforms[0].usefulLifeMonths', 12],
  ['platforms[1].acquisition.reserved.nodes', 2],
  ['platforms[1].acquisition.reserved.pricePerGpuHour', '2'],
  ['apiOptions[0].cachedInputPricePerMTokens', '0.3'],
  ['apiOptions[0].batchDiscount', '0.5'],
  ['apiOptions[0].commitment.monthlyMinimum', '50000'],
  ['apiOptions[0].commitment.discountPct', '0.1'],
  ['applications[0].cachedInputShare', '0.4'],
  ['applications[0].batchShare', '0.2'],
  ['applications[1].seats.seatsMonth0', '5000'],
  ['applications[1].seats.monthlyGrowth', '0.03'],
  ['applications[1].seats.tokensPerSeatMonth0', '20000000'],
  ['applications[1].seats.tokensPerSeatAnnualGrowth', '0.5'],
  ['applications[1].revenuePerSeatMonth', '30'],
  ['applications[1].minInteractivity', '40'],
];

describe('v2 inputs in the assumptions', () => {
  it('every §8/§9 field is a row with its value, labelled from INPUT_LABELS (not its path)', () => {
    for (const [path, value] of V2_VALUES) {
      expect(row(path).value, path).toBe(value);
      const generic = path.replace(/\[\d+\]/g, '[]');
      const label = INPUT_LABELS[generic]?.label;
      expect(label, `INPUT_LABELS has ${generic}`).toBeDefined();
      expect(row(path).label, path).toContain(label);
    }
    expect(row('tax.rate').section).toBe('Revenue mode, tax & terminal value');
  });

  it('a throughput by class and a curve read in words; the curve points follow as rows', () => {
    expect(row('platforms[0].throughput["coder"]').value).toBe('in 20,000 / out 2,000 tok/s');
    expect(row('platforms[0].throughput["llama"]').value).toBe('1500');
    const curve = row('platforms[1].throughput["llama"]');
    expect(curve.value).toBe('curve: 4 points, 10–80 tok/s/user');
    expect(curve.kind).toBe('text');
    expect(row('platforms[1].throughput["llama"].curve[3].interactivity').value).toBe('80');
    expect(row('platforms[1].throughput["llama"].curve[3].tokensPerSecondPerGpu').value).toBe('600');
    const at = rows.indexOf(curve);
    expect(rows.slice(at + 1, at + 9).map((r) => r.path.endsWith('.interactivity') || r.path.endsWith('.tokensPerSecondPerGpu'))).toEqual(Array(8).fill(true));
    // Without the option (workbook, PDF), the points are not rows: the workbook has a table of them.
    expect(assumptionRows(scenario).some((r) => r.path.includes('.curve['))).toBe(false);
    expect(curvePoints(scenario).map((p) => [p.platformId, p.model, p.point, p.interactivity, p.tokensPerSecondPerGpu])).toEqual([
      ['rent', 'llama', 1, '10', '3000'],
      ['rent', 'llama', 2, '30', '2000'],
      ['rent', 'llama', 3, '50', '1200'],
      ['rent', 'llama', 4, '80', '600'],
    ]);
  });

  it('a migration path is one row in words; a plain target keeps its row', () => {
    expect(row('applications[0].servedBy').value).toBe('platform:own from month 0; api:frontier from month 6');
    expect(row('applications[0].servedBy').kind).toBe('text');
    expect(row('applications[2].servedBy.platform').value).toBe('own');
  });

  it('a v1 scenario shows the §8 options unset, with what that means', () => {
    const v1 = assumptionRows(subjectOf(upfrontDocument()).scenario);
    const note = (path: string) => v1.find((r) => r.path === path)?.note;
    expect(note('terminalValue')).toBe('not set (none)');
    expect(note('revenueMode')).toBe('not set (revenue)');
    expect(note('tax')).toBe('not set (pre-tax only)');
    expect(note('hosting.annualEscalation')).toBe('not set (0)');
    expect(note('platforms[0].usefulLifeMonths')).toBe('not set (never retired)');
    expect(note('platforms[0].deploymentLagMonths')).toBe('not set (no lag)');
  });
});
