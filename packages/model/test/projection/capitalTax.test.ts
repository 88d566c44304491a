import { describe, expect, it } from 'vitest';
import { ownedPlatform, scenario } from '../helpers/build';
import { runPlatform, texts } from './capitalRun';

const fixedOne = { mode: 'fixed', nodes: 1, targetUtilization: 1 } as const;

describe('§8 tax depreciation', () => {
  it('MACRS 5-year half-year table after a bonus, cut at the horizon; the basis left is released with the terminal value', () => {
    // capex 1200, bonus 50 % → 600 in month 0; rest 600:
    // year 0: 600 · 20 % / 12 = 10 a month (0–11); year 1: 600 · 32 % / 12 = 16 (12–23);
    // year 2: 600 · 19.2 % / 12 = 9.6 (24–35, cut at H = 30)
    const platform = ownedPlatform({ capexPerNode: 1200, depreciationMonths: 60, fleet: fixedOne });
    const s = scenario({ horizonMonths: 30, terminalValue: 'bookValue', tax: { rate: 0.2, depreciation: 'macrs5', bonusPct: 0.5 }, platforms: [platform] });
    const run = runPlatform(s, []);
    const expected = [610, ...Array(11).fill(10), ...Array(12).fill(16), ...Array(6).fill(9.6)].map(String);
    expect(texts(run.costs.taxDepreciation)).toEqual(expected);
    // basis at H−1: 1200 − (600 + 120 + 192 + 6 · 9.6) = 230.4
    expect(run.costs.taxBasisReleased[29]?.toFixed()).toBe('230.4');
    expect(run.costs.taxBasisReleased.slice(0, 29).every((x) => x.isZero())).toBe(true);
    // book: 1200 / 60 = 20 a month; terminal value 1200 − 30 · 20 = 600
    expect(run.costs.terminalValue[29]?.toFixed()).toBe('600');
  });

  it('"book" tax depreciation after a bonus; a disposal releases capex less tax depreciation charged', () => {
    // capex 1000, residual 20 %, 10 months, bonus 25 %: 250 in the service month, then
    // 750 · 0.8 / 10 = 60 a month. Life 4: q(0) retires at 4, q(4) replaces it.
    const platform = ownedPlatform({ residualValuePct: 0.2, usefulLifeMonths: 4, fleet: fixedOne });
    const s = scenario({ horizonMonths: 6, tax: { rate: 0.3, depreciation: 'book', bonusPct: 0.25 }, platforms: [platform] });
    const run = runPlatform(s, []);
    expect(texts(run.costs.taxDepreciation)).toEqual(['310', '60', '60', '60', '310', '60']);
    // basis released at 4: 1000 − (250 + 4 · 60) = 510; no terminal value asked: nothing at H−1
    expect(texts(run.costs.taxBasisReleased)).toEqual(['0', '0', '0', '0', '510', '0']);
    // book depreciation 1000 · 0.8 / 10 = 80: disposal 1000 − 320 = 680
    expect(texts(run.costs.disposalProceeds)).toEqual(['0', '0', '0', '0', '680', '0']);
  });

  it('book tax depreciation without bonus takes the last month remainder like the books; no tax: zeros', () => {
    // capex 1000, 3 months, residual 0: 333.33…33 twice, 333.33…34 last (20 places)
    const platform = ownedPlatform({ depreciationMonths: 3, fleet: fixedOne });
    const taxed = runPlatform(scenario({ horizonMonths: 4, tax: { rate: 0.2, depreciation: 'book' }, platforms: [platform] }), []);
    expect(texts(taxed.costs.taxDepreciation)).toEqual(['333.33333333333333333333', '333.33333333333333333333', '333.33333333333333333334', '0']);
    const untaxed = runPlatform(scenario({ horizonMonths: 4, platforms: [platform] }), []);
    expect(texts(untaxed.costs.taxDepreciation)).toEqual(['0', '0', '0', '0']);
    expect(texts(untaxed.costs.taxBasisReleased)).toEqual(['0', '0', '0', '0']);
  });
});
