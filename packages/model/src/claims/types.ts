/**
 * A claim to check (issue 22) and the answer: what it implies, where it sits against the reference
 * library and against the user's own scenario, and the inputs that would make it true.
 */
import { z } from 'zod';
import { decimalField, modelIdField } from '../scenario/fields';

/** Hardware the library has figures for (the hardware segment of its ids: `acc.b200.…`). */
export const CLAIM_HARDWARE = ['h100', 'h200', 'b200', 'b300', 'gb200-nvl72', 'gb300-nvl72', 'mi300x', 'mi355x'] as const;
export type ClaimHardware = (typeof CLAIM_HARDWARE)[number];
export const HARDWARE_LABELS: Record<ClaimHardware, string> = {
  h100: 'H100', h200: 'H200', b200: 'B200', b300: 'B300', 'gb200-nvl72': 'GB200 NVL72', 'gb300-nvl72': 'GB300 NVL72', mi300x: 'MI300X', mi355x: 'MI355X',
};

const hardware = z.enum(CLAIM_HARDWARE);
const busy = decimalField({ gt: '0', max: '1' }, 'Share of provisioned GPU-hours spent busy (0–1].');

export const costPerMTokensClaimSchema = z.strictObject({
  kind: z.literal('costPerMTokens'),
  costPerMTokens: decimalField({ gt: '0', max: '1000' }, 'Claimed cost, $ per million tokens.'),
  tokensPerSecondPerGpu: decimalField({ gt: '0', max: '10000000' }, 'Claimed throughput, tokens/s per GPU.'),
  utilization: busy.default('0.6'),
  hardware,
  model: modelIdField(),
});

export const revenueMultipleClaimSchema = z.strictObject({
  kind: z.literal('revenueMultiple'),
  investment: decimalField({ gt: '0', max: '1e15' }, 'Money invested, $.'),
  revenue: decimalField({ min: '0', max: '1e16' }, 'Revenue claimed over the period, $.'),
  years: decimalField({ gt: '0', max: '15' }, 'Period the revenue is earned over, years.'),
  gpus: z.int().min(1).max(10_000_000),
  utilization: busy.default('1'),
  hardware,
  model: modelIdField(),
});

export const tokensPerMwClaimSchema = z.strictObject({
  kind: z.literal('tokensPerMw'),
  ratio: decimalField({ gt: '0', max: '1000' }, 'Claimed tokens per MW, × the baseline.'),
  hardware,
  baseline: hardware,
  model: modelIdField(),
});

export const claimSchema = z.discriminatedUnion('kind', [costPerMTokensClaimSchema, revenueMultipleClaimSchema, tokensPerMwClaimSchema]);
export type ClaimInput = z.input<typeof claimSchema>;
export type Claim = z.output<typeof claimSchema>;
export type CostPerMTokensClaim = z.output<typeof costPerMTokensClaimSchema>;
export type RevenueMultipleClaim = z.output<typeof revenueMultipleClaimSchema>;
export type TokensPerMwClaim = z.output<typeof tokensPerMwClaimSchema>;

/** A library entry as the claim check cites it (a structural subset of reference/schema.ts's entry). */
export interface ReferenceFigure {
  readonly id: string;
  readonly category: string;
  readonly subject: string;
  readonly quantity: string;
  readonly value: string;
  readonly range?: { readonly low: string; readonly high: string } | undefined;
  readonly unit: string;
  readonly model?: string | undefined;
  readonly operatingPoint?: string | undefined;
  readonly vendorClaim?: boolean | undefined;
  readonly source: { readonly title: string; readonly publisher: string; readonly url: string; readonly date: string };
  readonly asOf: string;
  readonly confidence: string;
}

/** A computed quantity, shown with its unit and the formula that gave it. */
export interface ClaimFigure {
  readonly key: string;
  readonly label: string;
  /** Decimal string, or null where a denominator was 0. */
  readonly value: string | null;
  readonly unit: string;
  readonly formula?: string;
}

/** consistent: the claim holds at this reference; stretch: only at an edge (e.g. > 80 % busy); outOfReach: it cannot. */
export type ClaimVerdict = 'consistent' | 'stretch' | 'outOfReach' | 'info';

/** One library reference beside what the claim implies at it. */
export interface LibraryComparison {
  readonly reference: ReferenceFigure;
  readonly figure: ClaimFigure;
  readonly verdict: ClaimVerdict;
  readonly note: string;
}

/** One platform of the user's scenario beside the claim. */
export interface ScenarioComparison {
  readonly platformId: string;
  readonly platformName: string;
  readonly figures: readonly ClaimFigure[];
  readonly note: string;
}

export interface ClaimCheckResult {
  readonly claim: Claim;
  readonly title: string;
  /** The claim in words. */
  readonly statement: string;
  readonly implied: readonly ClaimFigure[];
  readonly library: readonly LibraryComparison[];
  readonly scenario: { readonly name: string; readonly rows: readonly ScenarioComparison[] } | null;
  /** The inputs that would make the claim true, each a library-grounded value. */
  readonly inputs: readonly ClaimFigure[];
  readonly verdict: string;
  /** A Scenario input document built from those inputs (POST it to /api/v1/scenarios). */
  readonly scenarioDocument: Record<string, unknown>;
}
