// The repo's sample files (samples/actuals, with their totals in its README), bundled as text on demand
// for "Try a sample": the empty state shows each format on real rows without a download.
import type { ActualsFormat } from './types';

export interface Sample {
  format: ActualsFormat;
  fileName: string;
  description: string;
  load: () => Promise<string>;
}

const text = (m: { default: string }) => m.default;

export const SAMPLES: Sample[] = [
  {
    format: 'focus',
    fileName: 'focus-2027.csv',
    description: 'A cloud bill in FOCUS 1.x: ChargePeriodStart, BilledCost/EffectiveCost, ConsumedQuantity in tokens, ServiceName, ResourceId and Tags.',
    load: () => import('../../../../samples/actuals/focus-2027.csv?raw').then(text),
  },
  {
    format: 'litellm',
    fileName: 'litellm-spend-logs.json',
    description: 'LiteLLM proxy spend logs (JSON array or CSV): spend, prompt and completion tokens, model, team and key metadata, request tags, startTime.',
    load: () => import('../../../../samples/actuals/litellm-spend-logs.json?raw').then(text),
  },
  {
    format: 'opencost',
    fileName: 'opencost-allocation.json',
    description: 'An OpenCost allocation export (the /allocation API response as JSON, or CSV): totalCost by namespace and label per window.',
    load: () => import('../../../../samples/actuals/opencost-allocation.json?raw').then(text),
  },
];
