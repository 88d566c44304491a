/**
 * The vendor claims finance users are asked about (issue 22; NVIDIA, 2025–26), as preset claims.
 * Each is the vendor's statement put into one of the three claim kinds, to be checked, not believed.
 */
import type { ClaimInput } from './types';

export interface ClaimPreset {
  readonly id: string;
  readonly title: string;
  /** The words as published, and where. */
  readonly quote: string;
  readonly source: { readonly publisher: string; readonly url: string; readonly date: string };
  readonly claim: ClaimInput;
}

export const CLAIM_PRESETS: readonly ClaimPreset[] = [
  {
    id: 'b200-2-cents',
    title: '2 cents per million tokens on B200',
    quote: 'B200 at about $0.02 per million tokens on gpt-oss-120b, sustaining 60,000 tokens/s per GPU (InferenceMAX v1).',
    source: { publisher: 'NVIDIA blog', url: 'https://blogs.nvidia.com/blog/blackwell-inferencemax-benchmark-results/', date: '2025-10-09' },
    claim: { kind: 'costPerMTokens', costPerMTokens: '0.02', tokensPerSecondPerGpu: '60000', utilization: '0.6', hardware: 'b200', model: 'gpt-oss-120b' },
  },
  {
    id: 'gb200-15x',
    title: '$5M → $75M, 15x (GB200 NVL72, DeepSeek-R1)',
    quote: 'A $5 million investment in GB200 NVL72 generates $75 million in DeepSeek-R1 token revenue over three years: 15x ROI.',
    source: { publisher: 'NVIDIA blog', url: 'https://blogs.nvidia.com/blog/blackwell-inferencemax-benchmark-results/', date: '2025-10-09' },
    claim: { kind: 'revenueMultiple', investment: '5000000', revenue: '75000000', years: '3', gpus: 72, utilization: '1', hardware: 'gb200-nvl72', model: 'deepseek-r1' },
  },
  {
    id: 'blackwell-10x-per-mw',
    title: '10x tokens per megawatt vs Hopper',
    quote: 'GB200 NVL72 delivers 10x the throughput per megawatt of Hopper for mixture-of-experts models.',
    source: { publisher: 'NVIDIA blog', url: 'https://blogs.nvidia.com/blog/blackwell-inferencemax-benchmark-results/', date: '2025-10-09' },
    claim: { kind: 'tokensPerMw', ratio: '10', hardware: 'gb200-nvl72', baseline: 'h200', model: 'deepseek-r1' },
  },
];

export function findClaimPreset(id: string): ClaimPreset | undefined {
  return CLAIM_PRESETS.find((p) => p.id === id);
}
