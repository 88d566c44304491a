// A small reference library for the claim tests: figures chosen so the arithmetic is easy by hand.
import type { ReferenceFigure } from '../../src/claims/types';

const SOURCE = { title: 'Test source', publisher: 'Test', url: 'https://example.com/ref', date: '2026-01' };

export function ref(id: string, category: string, quantity: string, value: string, extra: Partial<ReferenceFigure> = {}): ReferenceFigure {
  return { id, category, subject: id, quantity, value, unit: quantity === 'pricePerGpuHour' ? 'USD per GPU-hour' : 'x', source: SOURCE, asOf: '2026-01', confidence: 'M', ...extra };
}

export const ENTRIES: ReferenceFigure[] = [
  ref('acc.b200.gpus-per-node', 'accelerators', 'gpusPerNode', '8'),
  ref('acc.b200.it-kw-all-in-per-node', 'accelerators', 'powerKwPerNode', '16'), // 2 kW per GPU
  ref('acc.h200.gpus-per-node', 'accelerators', 'gpusPerNode', '8'),
  ref('acc.h200.it-kw-all-in-per-node', 'accelerators', 'powerKwPerNode', '8'), // 1 kW per GPU
  ref('rent.b200.cheap', 'rental', 'pricePerGpuHour', '2.16'),
  ref('rent.b200.tco-rent-3yr', 'rental', 'pricePerGpuHour', '3.24'),
  ref('rent.b200.dear', 'rental', 'pricePerGpuHour', '6.48'),
  ref('tput.b200.m1.max', 'throughput', 'throughputPerGpu', '50000', { model: 'm1' }),
  ref('tput.b200.m1.planning', 'throughput', 'throughputPerGpu', '10000', { model: 'm1' }),
  ref('tput.h200.m1.max', 'throughput', 'throughputPerGpu', '2000', { model: 'm1' }),
  ref('api.host.m1.output', 'api-prices', 'outputPricePerMTokens', '0.5', { model: 'm1' }),
  ref('api.host.m1.blended', 'api-prices', 'revenuePerMTokens', '0.25', { model: 'm1' }),
  ref('api.host.m1.input', 'api-prices', 'inputPricePerMTokens', '0.1', { model: 'm1' }),
  ref('fin.enterprise-hurdle-rate', 'finance', 'discountRateAnnual', '0.1'),
  ref('dep.coreweave.gpus', 'depreciation', 'depreciationMonths', '72'),
];
