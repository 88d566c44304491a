import { describe, expect, it } from 'vitest';
import { claimLibrary, project, referenceChecks, REFERENCE_CHECK_CODES as C, validateScenario, type Projection, type Scenario } from '../../src';
import { ENTRIES } from './fixtures';

const library = claimLibrary(ENTRIES);

function scenario(over: { revenue?: string; throughput?: string; acquisition?: unknown; revenueMode?: string } = {}): Scenario {
  const result = validateScenario({
    name: 'Reference check', start: '2027-01', horizonMonths: 24, discountRateAnnual: '0.1', fiscalYearStartMonth: 1,
    ...(over.revenueMode ? { revenueMode: over.revenueMode } : {}),
    energy: { pricePerMWh: '85', annualEscalation: '0', pue: '1.3' }, hosting: { perKwMonth: '184' }, fixedOpexPerMonth: '0', idlePolicy: 'separate',
    platforms: [{
      id: 'b200', name: 'NVIDIA B200 (HGX, 8 GPU)', acquisition: over.acquisition ?? { type: 'own' }, gpusPerNode: 8, powerKwPerNode: '14.3', idlePowerFraction: '0.3',
      capexPerNode: '515000', maintenancePctPerYear: '0.04', depreciationMonths: 60, residualValuePct: '0.1',
      throughput: { m1: over.throughput ?? '10000' }, softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: '0.6' },
    }],
    apiOptions: [],
    applications: [{ id: 'app', name: 'Chat', team: 'T', model: 'm1', servedBy: { platform: 'b200' }, tokensMonth0: '1000000000000', outputShare: '0.3',
      growth: { type: 'compound', monthlyRate: '0' }, revenuePerMTokens: over.revenue ?? '0.5', annualPriceErosion: '0', tokensPerQuery: '1000', queriesPerTask: 1 }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

const codes = (s: Scenario, p: Projection) => referenceChecks(s, p, library).map((c) => c.code);
const withKpis = (p: Projection, kpis: Partial<Projection['kpis']>): Projection => ({ ...p, kpis: { ...p.kpis, ...kpis } });

describe('reference checks', () => {
  const quiet = scenario();
  const quietProjection = project(quiet);

  it('stay quiet on a scenario inside the library (revenue 2× the market price, published throughput)', () => {
    // 0.5 / 0.25 = 2× < 3×; 10,000 ≤ 50,000 tok/s; payback and IRR as projected (not extreme at $0.50/M)
    expect(codes(quiet, withKpis(quietProjection, { paybackMonths: '30', irrAnnual: '0.2' }))).toEqual([]);
  });

  it('flag revenue per M tokens at 3× the market price or more, with the reference beside it', () => {
    // 0.75 / 0.25 = 3× exactly: flagged; 0.74 is not
    const s = scenario({ revenue: '0.75' });
    const checks = referenceChecks(s, withKpis(project(s), { paybackMonths: null, irrAnnual: null }), library);
    expect(checks.map((c) => [c.code, c.path, c.reference?.id])).toEqual([[C.revenuePrice, 'applications[0].revenuePerMTokens', 'api.host.m1.blended']]);
    const below = scenario({ revenue: '0.74' });
    expect(codes(below, withKpis(project(below), { paybackMonths: null, irrAnnual: null }))).toEqual([]);
  });

  it('stay quiet on revenue prices in a cost centre', () => {
    const s = scenario({ revenue: '6', revenueMode: 'costCentre' });
    expect(codes(s, project(s))).toEqual([]);
  });

  it('flag throughput above the best published figure for the hardware and model', () => {
    const s = scenario({ throughput: '50001' });
    const checks = referenceChecks(s, withKpis(project(s), { paybackMonths: null, irrAnnual: null }), library);
    expect(checks.map((c) => [c.code, c.path, c.reference?.value])).toEqual([[C.throughput, 'platforms[0].throughput.m1', '50000']]);
  });

  it('flag payback under 6 months on owned hardware only', () => {
    expect(codes(quiet, withKpis(quietProjection, { paybackMonths: '5.9', irrAnnual: null }))).toEqual([C.fastPayback]);
    expect(codes(quiet, withKpis(quietProjection, { paybackMonths: '6', irrAnnual: null }))).toEqual([]);
    const rented = scenario({ acquisition: { type: 'rent', pricePerGpuHour: '3', annualPriceDecline: '0' } });
    expect(codes(rented, withKpis(project(rented), { paybackMonths: '2', irrAnnual: null }))).toEqual([]);
  });

  it('flag an IRR above 300 % with the hurdle rate beside it', () => {
    const checks = referenceChecks(quiet, withKpis(quietProjection, { paybackMonths: null, irrAnnual: '3.01' }), library);
    expect(checks.map((c) => [c.code, c.reference?.id])).toEqual([[C.highIrr, 'fin.enterprise-hurdle-rate']]);
    expect(codes(quiet, withKpis(quietProjection, { paybackMonths: null, irrAnnual: '3' }))).toEqual([]);
  });
});
