/**
 * "Build a scenario from these inputs": a Scenario input document (spec §2, §8) that reproduces a
 * claim — rented GPUs of the claimed hardware at a library $/GPU-hour (energy, hosting and
 * capex are in that price), a fixed fleet, and demand that keeps it busy at the claimed share.
 */
import { Decimal } from '../decimal';
import type { ClaimLibrary } from './library';
import type { ClaimHardware } from './types';

export interface ClaimPlatform {
  readonly hardware: ClaimHardware;
  readonly tokensPerSecond: string;
  readonly pricePerGpuHour: string;
  /** GPUs to rent (rounded up to whole nodes); default 72, one NVL72 rack's worth. */
  readonly gpus?: number;
}

export interface ClaimScenarioInput {
  readonly name: string;
  readonly model: string;
  readonly utilization: string;
  readonly months: number;
  /** null: a cost centre (no revenue). */
  readonly revenuePerMTokens: string | null;
  readonly platforms: readonly ClaimPlatform[];
}

/** Average hours in a month (8,760 / 12); demand is sized on it, capped at February's 672 so a full-busy claim is served. */
const MONTH_HOURS = 730;
const SHORTEST_MONTH_HOURS = 672;

function entryValue(library: ClaimLibrary, id: string, fallback: string): string {
  return library.entry(id)?.value ?? fallback;
}

export function claimScenario(input: ClaimScenarioInput, library: ClaimLibrary): Record<string, unknown> {
  const hours = Decimal.min(new Decimal(MONTH_HOURS).mul(input.utilization), SHORTEST_MONTH_HOURS);
  const platforms = input.platforms.map((p) => {
    const gpusPerNode = Number(entryValue(library, `acc.${p.hardware}.gpus-per-node`, '8'));
    const nodes = Math.max(1, Math.ceil((p.gpus ?? 72) / gpusPerNode));
    const kw = library.entry(`acc.${p.hardware}.it-kw-all-in-per-node`) ?? library.entry(`acc.${p.hardware}.power-kw-per-node`);
    return {
      platform: {
        id: p.hardware, name: `${p.hardware.toUpperCase()} rented (claim check)`,
        acquisition: { type: 'rent', pricePerGpuHour: p.pricePerGpuHour, annualPriceDecline: '0' },
        gpusPerNode, powerKwPerNode: kw?.value ?? new Decimal(gpusPerNode).mul('1.7').toString(),
        idlePowerFraction: entryValue(library, `acc.${p.hardware}.idle-fraction`, '0.3'),
        throughput: { [input.model]: p.tokensPerSecond },
        softwareCurve: { type: 'none' },
        fleet: { mode: 'fixed', nodes, targetUtilization: '1' },
      },
      tokensMonth0: new Decimal(nodes * gpusPerNode).mul(p.tokensPerSecond).mul(3600).mul(hours).toDecimalPlaces(0).toString(),
    };
  });
  return {
    name: input.name.slice(0, 120),
    start: '2027-01', horizonMonths: input.months, discountRateAnnual: '0.1', fiscalYearStartMonth: 1, contingencyPct: '0',
    revenueMode: input.revenuePerMTokens === null ? 'costCentre' : 'revenue',
    energy: { pricePerMWh: '85', annualEscalation: '0', pue: '1.3' },
    hosting: { perKwMonth: '0' }, fixedOpexPerMonth: '0', idlePolicy: 'separate',
    platforms: platforms.map((p) => p.platform),
    apiOptions: [],
    applications: platforms.map(({ platform, tokensMonth0 }) => ({
      id: `claim-${platform.id}`, name: `Claimed workload on ${platform.id.toUpperCase()}`, team: 'Claim check', model: input.model,
      servedBy: { platform: platform.id }, tokensMonth0, outputShare: '0.5', growth: { type: 'compound', monthlyRate: '0' },
      revenuePerMTokens: input.revenuePerMTokens ?? '0', annualPriceErosion: '0', tokensPerQuery: '1000', queriesPerTask: 1,
    })),
  };
}
