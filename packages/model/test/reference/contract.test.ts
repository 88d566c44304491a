/**
 * The reference calculator's §8 and §9 numbers, worked by hand (the v2 comparison script trusts
 * them, so they are pinned here independently of the engine).
 */
import { describe, expect, it } from 'vitest';
import { referenceProject } from './contract';
import { curveThroughput } from './paths';
import { at } from '../helpers/at';

/* eslint-disable @typescript-eslint/no-explicit-any -- scenario inputs are JSON */
const base = (over: Record<string, any>): any => ({
  name: 'hand', start: '2027-04', horizonMonths: 6, discountRateAnnual: 0, fiscalYearStartMonth: 1,
  energy: { pricePerMWh: 0, annualEscalation: 0, pue: 1 }, hosting: { perKwMonth: 0 },
  platforms: [], apiOptions: [], ...over,
});
const app = (over: Record<string, any>): any => ({
  id: 'a', name: 'a', team: 't', model: 'm', tokensMonth0: 0, growth: { type: 'compound', monthlyRate: 0 }, outputShare: 0.5,
  revenuePerMTokens: 0, annualPriceErosion: 0, tokensPerQuery: 1000, queriesPerTask: 1, ...over,
});
const owned = (over: Record<string, any>): any => ({
  id: 'p', name: 'p', gpusPerNode: 1, powerKwPerNode: 1, idlePowerFraction: 0, capexPerNode: 1000, maintenancePctPerYear: 0,
  depreciationMonths: 4, residualValuePct: 0.2, throughput: { m: 1000 }, softwareCurve: { type: 'none' }, ...over,
});

describe('reference §8 by hand', () => {
  // Fixed fleet of 2 nodes at 1,000, lag 1, life 3, n = 4, residual 0.2, H = 6, m = 0, no running cost.
  // Cohort A serves 1–3 (paid in 0), retires at 4; cohort B serves 4–5 (paid in 3, = 4 − 1); 7 ≥ H.
  // Depreciation 2,000·0.8/4 = 400 a month in service. Disposal at 4: 2,000 − 3·400 = 800.
  // Terminal value at 5: 2,000 − 2·400 = 1,200. Capital charge at m = 0: 2,000·(1 − 0.2)/4 = 400.
  // Tax 25 %, book, bonus 50 %: A charges 1,000 + 200 in 1, 200 in 2 and 3 → basis left 400 at 4;
  // B charges 1,200 in 4 and 200 in 5 → basis left 600 at 5.
  // Taxable: 0, −1,200, −200, −200, −1,200 + (800 − 400), −200 + (1,200 − 600) → tax ×0.25.
  const ref = referenceProject(base({
    terminalValue: 'bookValue',
    tax: { rate: 0.25, depreciation: 'book', bonusPct: 0.5 },
    platforms: [owned({ fleet: { mode: 'fixed', nodes: 2, targetUtilization: 1 }, deploymentLagMonths: 1, usefulLifeMonths: 3 })],
    applications: [app({ servedBy: { platform: 'p' } })],
  }));
  const line = (key: string): number[] => ref.months.map((m) => (m as any)[key]);
  const platform = (key: string): number[] => ref.months.map((m) => (m.platforms[0] as any)[key]);

  it('orders, retires and values cohorts', () => {
    expect(platform('nodes')).toEqual([0, 2, 2, 2, 2, 2]);
    expect(platform('nodesOrdered')).toEqual([2, 0, 0, 2, 0, 0]);
    expect(platform('nodesRetired')).toEqual([0, 0, 0, 0, 2, 0]);
    expect(line('capex')).toEqual([2000, 0, 0, 2000, 0, 0]);
    expect(line('depreciation')).toEqual([0, 400, 400, 400, 400, 400]);
    expect(line('disposalProceeds')).toEqual([0, 0, 0, 0, 800, 0]);
    expect(line('terminalValue')).toEqual([0, 0, 0, 0, 0, 1200]);
    expect(line('capitalCharge')).toEqual([0, 400, 400, 400, 400, 400]);
    expect(line('cashFlow')).toEqual([-2000, 0, 0, -2000, 800, 1200]);
    expect(ref.kpis.totalCost).toBe(2000);
  });

  it('taxes with bonus, book depreciation and released basis', () => {
    expect(line('taxDepreciation')).toEqual([0, 1200, 200, 200, 1200, 200]);
    expect(line('tax')).toEqual([0, -300, -50, -50, -200, 100]);
    expect(line('afterTaxCashFlow')).toEqual([-2000, 300, 50, -1950, 1000, 1100]);
    expect(ref.kpis.afterTax?.npv).toBe(-1500);
  });

  it('spreads MACRS 5-year shares over twelve months from service', () => {
    // 1,000 in service from month 0: 20 %/12 a month in months 0–11, 32 %/12 in 12–13.
    const macrs = referenceProject(base({
      horizonMonths: 14, tax: { rate: 0.2, depreciation: 'macrs5' },
      platforms: [owned({ fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })],
      applications: [app({ servedBy: { platform: 'p' } })],
    }));
    expect(at(macrs.months, 0).taxDepreciation).toBeCloseTo(200 / 12, 12);
    expect(at(macrs.months, 11).taxDepreciation).toBeCloseTo(200 / 12, 12);
    expect(at(macrs.months, 12).taxDepreciation).toBeCloseTo(320 / 12, 12);
  });

  it('charges capital by the capital recovery factor at m > 0', () => {
    // m = 1 %/month (annual 1.01^12 − 1): 1.01^10 = 1.1046221254, CRF = 0.01/(1 − 1/1.1046221254) = 0.1055820766,
    // charge 1000·(1 − 0.1/1.1046221254)·CRF = 96.0238689 a month for n = 10 months, then 0.
    const ref = referenceProject(base({
      horizonMonths: 12, discountRateAnnual: '0.126825030131969720661201',
      platforms: [owned({ depreciationMonths: 10, residualValuePct: 0.1, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })],
      applications: [app({ servedBy: { platform: 'p' } })],
    }));
    expect(at(ref.months, 0).capitalCharge).toBeCloseTo(96.0238689, 6);
    expect(at(ref.months, 9).capitalCharge).toBeCloseTo(96.0238689, 6);
    expect(at(ref.months, 10).capitalCharge).toBe(0);
    expect(at(at(ref.months, 0).platforms, 0).allInCostPerGpuHour).toBeCloseTo(96.0238689 / 720, 9); // April: 720 h
  });

  it('makes revenue measures null in cost-centre mode and keeps npv = −presentValueOfCost', () => {
    const cc = referenceProject(base({
      revenueMode: 'costCentre', discountRateAnnual: 0.1,
      platforms: [owned({ fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })],
      applications: [app({ servedBy: { platform: 'p' }, tokensMonth0: 1e9, revenuePerMTokens: 5 })],
    }));
    expect(cc.kpis.totalRevenue).toBe(0);
    expect([cc.kpis.irrAnnual, cc.kpis.mirrAnnual, cc.kpis.paybackMonths, cc.kpis.roi, cc.kpis.grossMarginPct]).toEqual([null, null, null, null, null]);
    expect(cc.kpis.npv).toBeCloseTo(-cc.kpis.presentValueOfCost, 9);
  });
});

describe('reference §9 by hand', () => {
  it('prices API tokens by class and books the unused commitment', () => {
    // blended = (0.5·(0.6·2 + 0.4·0.5) + 0.5·10)·(1 − 0.5·0.5) = 5.7·0.75 = 4.275 per M; 10 M tokens → 42.75.
    // Discount 20 %: 34.2 < minimum 100 → cost 100, unused 65.8; "spread" charges the application all 100.
    const scenario = (idlePolicy: string) => base({
      horizonMonths: 1, idlePolicy,
      apiOptions: [{ id: 'o', name: 'o', inputPricePerMTokens: 2, outputPricePerMTokens: 10, cachedInputPricePerMTokens: 0.5,
        batchDiscount: 0.5, annualPriceDecline: 0, commitment: { monthlyMinimum: 100, discountPct: 0.2 } }],
      applications: [app({ servedBy: { api: 'o' }, tokensMonth0: 1e7, cachedInputShare: 0.4, batchShare: 0.5 })],
    });
    const separate = at(referenceProject(scenario('separate')).months, 0);
    expect(at(separate.apiOptions, 0).cost).toBe(100);
    expect(at(separate.apiOptions, 0).unusedCommitment).toBeCloseTo(65.8, 12);
    expect(at(separate.applications, 0).allocatedCost).toBeCloseTo(34.2, 12);
    expect(at(at(referenceProject(scenario('spread')).months, 0).applications, 0).allocatedCost).toBeCloseTo(100, 12);
  });

  it('grows seats and tokens per seat, and earns seat revenue', () => {
    // D(12) = 10·1.1^12 seats · 1e6·(1.21)^(12/12) tokens; seat revenue at 0 = 10·20.
    const ref = referenceProject(base({
      horizonMonths: 13,
      apiOptions: [{ id: 'o', name: 'o', inputPricePerMTokens: 1, outputPricePerMTokens: 1, annualPriceDecline: 0 }],
      applications: [app({ servedBy: { api: 'o' }, tokensMonth0: undefined, growth: undefined, revenuePerSeatMonth: 20,
        seats: { seatsMonth0: 10, monthlyGrowth: 0.1, tokensPerSeatMonth0: 1e6, tokensPerSeatAnnualGrowth: 0.21 } })],
    }));
    expect(at(ref.months, 0).revenue).toBe(200);
    expect(at(ref.months, 12).demandTokens).toBeCloseTo(10 * Math.pow(1.1, 12) * 1e6 * 1.21, 3);
    expect(at(at(ref.months, 12).applications, 0).seats).toBeCloseTo(10 * Math.pow(1.1, 12), 9);
  });

  it('rents reserved nodes below on-demand ones and sizes by class throughput', () => {
    // k = 0.5·(1 − 0.5)/1000 + 0.5/500 = 0.00125 GPU-s per token; April: 720 h, 1 GPU, target 1.
    // Demand for 5 nodes: 5·720·3600/0.00125 tokens → N = max(3, 5) = 5; rent (3·1 + 2·2)·720 = 5,040.
    const tokens = (5 * 720 * 3600) / 0.00125;
    const ref = referenceProject(base({
      horizonMonths: 1,
      platforms: [{ id: 'r', name: 'r', acquisition: { type: 'rent', pricePerGpuHour: 2, annualPriceDecline: 0.5, reserved: { nodes: 3, pricePerGpuHour: 1 } },
        gpusPerNode: 1, powerKwPerNode: 1, idlePowerFraction: 0, throughput: { m: { input: 1000, output: 500 } },
        softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: 1 } }],
      applications: [app({ servedBy: { platform: 'r' }, tokensMonth0: tokens, cachedInputShare: 0.5 })],
    }));
    const pm = at(at(ref.months, 0).platforms, 0);
    expect(pm.busyGpuHours).toBeCloseTo(3600, 9);
    expect(pm.nodes).toBe(5);
    expect(pm.reservedNodes).toBe(3);
    expect(pm.rentalCost).toBeCloseTo(5040, 9);
  });

  it('interpolates an interactivity curve, flat below its first point', () => {
    const points = [{ interactivity: 10, tokensPerSecondPerGpu: 1000 }, { interactivity: 30, tokensPerSecondPerGpu: 600 }];
    expect(curveThroughput(points, 20)).toBe(800);
    expect(curveThroughput(points, 5)).toBe(1000);
    expect(() => curveThroughput(points, 31)).toThrow(/interactivity_unreachable/);
  });
});
