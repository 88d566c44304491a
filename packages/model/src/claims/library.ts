/**
 * The reference figures a claim is held against, picked from the library's entries
 * (packages/model/src/reference) by the hardware segment of their ids (`acc.b200.…`,
 * `rent.b200.…`, `tput.b200.…`), their category, quantity and model.
 */
import { Decimal } from '../decimal';
import type { ClaimHardware, ReferenceFigure } from './types';

export interface ClaimLibrary {
  /** All-in $/GPU-hour references for the hardware (rental and TCO tiers), cheapest first. */
  gpuHourPrices(hardware: ClaimHardware): ReferenceFigure[];
  /** The one $/GPU-hour a built scenario rents at: the 3-year rental tier, else the median. */
  planningGpuHourPrice(hardware: ClaimHardware): ReferenceFigure | undefined;
  /** Published tokens/s per GPU for the hardware and model, highest first. */
  throughputs(hardware: ClaimHardware, model: string): ReferenceFigure[];
  /** Every published tokens/s per GPU for the hardware, any model. */
  throughputsOf(hardware: ClaimHardware): ReferenceFigure[];
  /** All-in IT kW per GPU, with the entry it comes from. */
  kwPerGpu(hardware: ClaimHardware): { value: Decimal; reference: ReferenceFigure } | undefined;
  /** Output and one-price API list prices ($ per M tokens) for the model, else its family, else open models. */
  apiPrices(model: string): ReferenceFigure[];
  /** One entry by id. */
  entry(id: string): ReferenceFigure | undefined;
}

const about = (entry: ReferenceFigure, hardware: ClaimHardware) => entry.id.split('.').includes(hardware);
const byValueDesc = (a: ReferenceFigure, b: ReferenceFigure) => new Decimal(b.value).cmp(a.value);
const byValueAsc = (a: ReferenceFigure, b: ReferenceFigure) => new Decimal(a.value).cmp(b.value);
/** Open-weight models whose hosted prices are the market reference for a self-served open model. */
const OPEN_MODELS = /deepseek|gpt-oss|llama|qwen|mistral|kimi/i;
/** A price a whole token mix is held against: the output price (the dearest class) or a one-price tier. */
const TOKEN_PRICE_QUANTITIES = new Set(['outputPricePerMTokens', 'revenuePerMTokens']);

export function claimLibrary(entries: readonly ReferenceFigure[]): ClaimLibrary {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const gpuHourPrices = (hardware: ClaimHardware) =>
    entries.filter((e) => e.category === 'rental' && e.quantity === 'pricePerGpuHour' && about(e, hardware)).sort(byValueAsc);
  const throughputsOf = (hardware: ClaimHardware) =>
    entries.filter((e) => e.category === 'throughput' && e.quantity === 'throughputPerGpu' && about(e, hardware)).sort(byValueDesc);
  return {
    entry: (id) => byId.get(id),
    gpuHourPrices,
    planningGpuHourPrice: (hardware) => {
      const prices = gpuHourPrices(hardware);
      return byId.get(`rent.${hardware}.tco-rent-3yr`) ?? prices[Math.floor((prices.length - 1) / 2)];
    },
    throughputs: (hardware, model) => throughputsOf(hardware).filter((e) => e.model === model),
    throughputsOf,
    kwPerGpu: (hardware) => {
      const node = byId.get(`acc.${hardware}.it-kw-all-in-per-node`);
      const gpus = byId.get(`acc.${hardware}.gpus-per-node`);
      if (!node || !gpus) return undefined;
      return { value: new Decimal(node.value).div(gpus.value), reference: node };
    },
    apiPrices: (model) => {
      const prices = entries.filter((e) => e.category === 'api-prices' && TOKEN_PRICE_QUANTITIES.has(e.quantity));
      const family = model.split('-')[0] ?? model;
      const own = prices.filter((e) => e.model === model);
      if (own.length > 0) return own.sort(byValueAsc);
      const kin = prices.filter((e) => (e.model ?? '').split('-')[0] === family);
      return (kin.length > 0 ? kin : prices.filter((e) => OPEN_MODELS.test(`${e.model ?? ''} ${e.subject}`))).sort(byValueAsc);
    },
  };
}
