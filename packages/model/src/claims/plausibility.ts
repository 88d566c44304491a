/**
 * Reference checks on a projected scenario (issue 22): a KPI or input far outside what the reference
 * library supports is flagged with the reference beside it — payback under 6 months on owned
 * hardware, IRR above 300 %, revenue per M tokens ≥ 3× the market price for the model, throughput
 * above the best published figure for that hardware and model.
 */
import { Decimal } from '../decimal';
import type { Projection } from '../projection/types';
import type { Throughput } from '../scenario/schema';
import { throughputForm } from '../scenario/servedBy';
import { hardwareOf } from './hardware';
import type { ClaimLibrary } from './library';
import { HARDWARE_LABELS, type ReferenceFigure } from './types';

export const REFERENCE_CHECK_CODES = {
  fastPayback: 'reference_fast_payback',
  highIrr: 'reference_high_irr',
  revenuePrice: 'reference_revenue_price',
  throughput: 'reference_throughput',
} as const;
export type ReferenceCheckCode = (typeof REFERENCE_CHECK_CODES)[keyof typeof REFERENCE_CHECK_CODES];

/** Thresholds of the rules, named so the tests and the docs say the same. */
export const REFERENCE_CHECK_LIMITS = { paybackMonths: 6, irrAnnual: 3, revenueOverMarket: 3 } as const;

export interface ReferenceCheck {
  readonly code: ReferenceCheckCode;
  /** Where the figure lives: a KPI ("kpis.paybackMonths") or an input path ("applications[0].revenuePerMTokens"). */
  readonly path: string;
  readonly message: string;
  /** The scenario's figure, as a decimal string. */
  readonly value: string;
  /** The library entry it is held against (absent when the library has none). */
  readonly reference?: ReferenceFigure;
}

/** The part of a Scenario the checks read (a validated Scenario is one). */
export interface ReferenceCheckScenario {
  readonly revenueMode?: 'revenue' | 'costCentre' | undefined;
  readonly platforms: readonly { readonly id: string; readonly name: string; readonly acquisition: { readonly type: string }; readonly throughput: Readonly<Record<string, Throughput>> }[];
  readonly applications: readonly { readonly name: string; readonly model: string; readonly revenuePerMTokens: string }[];
}

/** Whether a scenario-like value carries what the checks read (the web's views may be partial). */
export function isReferenceCheckScenario(value: unknown): value is ReferenceCheckScenario {
  const s = value as Partial<ReferenceCheckScenario> | null;
  return !!s && Array.isArray(s.platforms) && Array.isArray(s.applications)
    && s.platforms.every((p) => typeof p === 'object' && p !== null && 'throughput' in p && 'acquisition' in p)
    && s.applications.every((a) => typeof a === 'object' && a !== null && typeof a.revenuePerMTokens === 'string');
}

function marketPrice(library: ClaimLibrary, model: string): ReferenceFigure | undefined {
  const prices = library.apiPrices(model).filter((e) => e.model === model);
  return prices.find((e) => e.quantity === 'revenuePerMTokens') ?? prices[0];
}

const fmt = (d: Decimal, places = 2) => d.toDecimalPlaces(places).toString();

function revenueChecks(scenario: ReferenceCheckScenario, library: ClaimLibrary): ReferenceCheck[] {
  if (scenario.revenueMode === 'costCentre') return [];
  return scenario.applications.flatMap((a, i): ReferenceCheck[] => {
    const price = new Decimal(a.revenuePerMTokens);
    const market = marketPrice(library, a.model);
    if (!market || price.isZero() || price.lt(new Decimal(market.value).mul(REFERENCE_CHECK_LIMITS.revenueOverMarket))) return [];
    return [{
      code: REFERENCE_CHECK_CODES.revenuePrice,
      path: `applications[${i}].revenuePerMTokens`,
      value: a.revenuePerMTokens,
      reference: market,
      message: `${a.name} charges $${fmt(price)} per M tokens, ${fmt(price.div(market.value), 1)}× the market price of ${a.model} ($${market.value}, ${market.subject}, ${market.asOf}).`,
    }];
  });
}

function throughputChecks(scenario: ReferenceCheckScenario, library: ClaimLibrary): ReferenceCheck[] {
  return scenario.platforms.flatMap((p, i) => {
    const hw = hardwareOf(p);
    if (!hw) return [];
    return Object.entries(p.throughput).flatMap(([model, t]): ReferenceCheck[] => {
      const best = library.throughputs(hw, model)[0];
      const form = throughputForm(t);
      const value = form.kind === 'all' ? form.tokensPerSecond : form.kind === 'byClass' ? form.output : form.points[0]?.tokensPerSecondPerGpu;
      if (!best || value === undefined || new Decimal(value).lte(best.value)) return [];
      return [{
        code: REFERENCE_CHECK_CODES.throughput,
        path: `platforms[${i}].throughput.${model}`,
        value,
        reference: best,
        message: `${p.name} makes ${fmt(new Decimal(value), 0)} tokens/s per GPU on ${model}, above the best published ${HARDWARE_LABELS[hw]} figure (${best.value}, ${best.operatingPoint ?? best.source.publisher}, ${best.asOf}).`,
      }];
    });
  });
}

export function referenceChecks(scenario: ReferenceCheckScenario, projection: Projection, library: ClaimLibrary): ReferenceCheck[] {
  const checks: ReferenceCheck[] = [];
  const k = projection.kpis;
  const owned = scenario.platforms.some((p) => p.acquisition.type === 'own');
  if (owned && k.paybackMonths !== null && new Decimal(k.paybackMonths).lt(REFERENCE_CHECK_LIMITS.paybackMonths)) {
    const revenue = revenueChecks(scenario, library)[0];
    const life = library.entry('dep.coreweave.gpus') ?? library.entry('dep.microsoft.servers');
    checks.push({
      code: REFERENCE_CHECK_CODES.fastPayback,
      path: 'kpis.paybackMonths',
      value: k.paybackMonths,
      ...((revenue?.reference ?? life) ? { reference: (revenue?.reference ?? life) as ReferenceFigure } : {}),
      message: `Payback in ${fmt(new Decimal(k.paybackMonths), 1)} months on owned hardware: GPUs are depreciated over years${life ? ` (${life.subject}: ${life.value} ${life.unit})` : ''}; check the revenue prices first.`,
    });
  }
  if (k.irrAnnual !== null && new Decimal(k.irrAnnual).gt(REFERENCE_CHECK_LIMITS.irrAnnual)) {
    const hurdle = library.entry('fin.enterprise-hurdle-rate');
    checks.push({
      code: REFERENCE_CHECK_CODES.highIrr,
      path: 'kpis.irrAnnual',
      value: k.irrAnnual,
      ...(hurdle ? { reference: hurdle } : {}),
      message: `IRR of ${fmt(new Decimal(k.irrAnnual).mul(100), 0)} % a year${hurdle ? `, against an enterprise hurdle rate of ${fmt(new Decimal(hurdle.value).mul(100), 0)} %` : ''}: returns this high usually rest on a revenue price nobody sourced.`,
    });
  }
  return [...checks, ...revenueChecks(scenario, library), ...throughputChecks(scenario, library)];
}
