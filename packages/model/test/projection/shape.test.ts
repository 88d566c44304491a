import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { typicalScenario } from '../fixtures/typical';

// The field lists of spec §7, in its order, then §8/§9's (after the v1 keys).
const V2_LINES = 'disposalProceeds terminalValue capitalCharge taxDepreciation tax afterTaxCashFlow';
const MONTH = `t month hours demandTokens servedTokens unmetTokens revenue energyMWh energyCost hosting maintenance apiCost rentalCost fixedOpex opex capex depreciation pnlCost cashFlow cumulativeCashFlow budget ${V2_LINES} platforms applications apiOptions`;
const PLATFORM = 'id nodes busyGpuHours utilization softwareMultiplier servedTokens unmetTokens energyMWh energyCost hosting maintenance rentalCost capex depreciation idleCost nodesOrdered nodesRetired reservedNodes capitalCharge allInCostPerGpuHour';
const APPLICATION_MONTH = 'id demandTokens servedTokens revenue allocatedCost target seatRevenue';
const KPIS = 'totalRevenue totalOpex totalCapex totalDepreciation totalTokens unmetTokens npv irrAnnual mirrAnnual paybackMonths discountedPaybackMonths revenueMultiple roi costPerMTokens cashCostPerMTokens energyCostPerMTokens joulesPerToken tokensPerMWh energyCostPerRevenueDollar grossMarginPct breakEvenApiPricePerMTokens totalCost presentValueOfCost economicCostPerMTokens afterTax platforms';
const APPLICATION = 'id name team demandTokens servedTokens unmetTokens revenue allocatedCost costPerMTokens costPerQuery costPerTask marginPct';
const FISCAL_YEAR = `fiscalYear demandTokens servedTokens unmetTokens revenue energyMWh energyCost hosting maintenance apiCost rentalCost fixedOpex opex capex depreciation pnlCost cashFlow cumulativeCashFlow budget ${V2_LINES}`;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

describe('projection shape (spec §7)', () => {
  const result = project(typicalScenario);
  const keys = (o: object) => Object.keys(o).join(' ');

  it('has exactly the fields of §7, in its order', () => {
    expect(keys(result)).toBe('scenarioName months fiscalYears kpis applications warnings');
    expect(keys(result.months[0] ?? {})).toBe(MONTH);
    expect(keys(result.months[0]?.platforms[0] ?? {})).toBe(PLATFORM);
    expect(keys(result.months[0]?.applications[0] ?? {})).toBe(APPLICATION_MONTH);
    expect(keys(result.kpis)).toBe(KPIS);
    expect(keys(result.applications[0] ?? {})).toBe(APPLICATION);
    expect(keys(result.fiscalYears[0] ?? {})).toBe(FISCAL_YEAR);
  });

  it('writes t, nodes and fiscalYear as integers and every other value as a plain decimal string or null', () => {
    const check = (value: unknown, key: string): void => {
      if (Array.isArray(value)) return value.forEach((v) => check(v, key));
      if (value !== null && typeof value === 'object') return Object.entries(value).forEach(([k, v]) => check(v, k));
      if (['t', 'nodes', 'fiscalYear', 'nodesOrdered', 'nodesRetired', 'reservedNodes'].includes(key)) return void expect(Number.isInteger(value), key).toBe(true);
      if (['id', 'name', 'team', 'month', 'scenarioName', 'code', 'message', 'path', 'platform', 'api'].includes(key)) return;
      if (value === null) return;
      expect(typeof value === 'string' && PLAIN_DECIMAL.test(value), `${key}: ${String(value)}`).toBe(true);
    };
    check(result, '');
  });

  it('has one row per month, with one entry per platform and application', () => {
    expect(result.months).toHaveLength(60);
    expect(result.months.every((m) => m.platforms.length === 3 && m.applications.length === 10)).toBe(true);
    expect(result.applications).toHaveLength(10);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
