/**
 * Plausibility warnings (docs/model.md "Validation limits"): values inside the hard limits but
 * past what a finance reader would expect, e.g. growth above +30 % a month. The scenario is
 * valid and projects; the editor and the API show these next to the field.
 */
import { Decimal, type DecimalInput } from '../decimal';
import { LIMITS } from './limits';
import { peakDemand } from './limitChecks';
import { CODES, MESSAGES, formatQuantity } from './messages';
import type { Scenario } from './objectSchema';

export interface PlausibilityWarning {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Path = readonly (string | number)[];

export function plausibilityWarnings(scenario: Scenario): PlausibilityWarning[] {
  const warnings: PlausibilityWarning[] = [];
  const check = (value: DecimalInput, above: DecimalInput, path: Path, what: string) => {
    if (new Decimal(value).gt(above)) {
      warnings.push({ code: CODES.implausibleValue, path, message: MESSAGES.implausibleValue(what, formatQuantity(new Decimal(above))) });
    }
  };
  check(scenario.energy.pricePerMWh, LIMITS.pricePerMWh.warnAbove, ['energy', 'pricePerMWh'], 'an energy price');
  check(scenario.hosting.perKwMonth, LIMITS.perKwMonth.warnAbove, ['hosting', 'perKwMonth'], 'a hosting price');
  scenario.platforms.forEach((p, i) => {
    check(p.gpusPerNode, LIMITS.gpusPerNode.warnAbove, ['platforms', i, 'gpusPerNode'], 'GPUs per node');
    check(p.powerKwPerNode, LIMITS.powerKwPerNode.warnAbove, ['platforms', i, 'powerKwPerNode'], 'power per node (kW)');
    if (p.acquisition.type === 'rent') {
      check(p.acquisition.pricePerGpuHour, LIMITS.pricePerGpuHour.warnAbove, ['platforms', i, 'acquisition', 'pricePerGpuHour'], 'a GPU-hour price');
    }
    const nodes = p.fleet.mode === 'fixed' ? p.fleet.nodes : p.fleet.maxNodes;
    const field = p.fleet.mode === 'fixed' ? 'nodes' : 'maxNodes';
    if (nodes !== undefined) check(nodes, LIMITS.nodes.warnAbove, ['platforms', i, 'fleet', field], 'a node count');
  });
  scenario.apiOptions.forEach((o, i) => {
    check(o.inputPricePerMTokens, LIMITS.pricePerMTokens.warnAbove, ['apiOptions', i, 'inputPricePerMTokens'], 'a price per million tokens');
    check(o.outputPricePerMTokens, LIMITS.pricePerMTokens.warnAbove, ['apiOptions', i, 'outputPricePerMTokens'], 'a price per million tokens');
  });
  scenario.applications.forEach((a, i) => {
    check(a.revenuePerMTokens, LIMITS.pricePerMTokens.warnAbove, ['applications', i, 'revenuePerMTokens'], 'a price per million tokens');
    if (a.growth?.type === 'compound') {
      check(a.growth.monthlyRate, LIMITS.monthlyRate.warnAbove, ['applications', i, 'growth', 'monthlyRate'], 'monthly growth');
    }
    const start = a.tokensMonth0 ?? '0';
    const tokens = new Decimal(start).gt(LIMITS.tokensPerMonth.warnAbove) ? start : peakDemand(a, scenario.horizonMonths);
    const path = tokens === start ? ['applications', i, 'tokensMonth0'] : ['applications', i, a.seats === undefined ? 'growth' : 'seats'];
    check(tokens, LIMITS.tokensPerMonth.warnAbove, path, 'tokens per month');
  });
  return warnings;
}
