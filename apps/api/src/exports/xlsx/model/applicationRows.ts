// One application's calculation lines: demand by growth type (spec §3), its GPU time on its
// platform (D / tokens per s per GPU), served and unmet tokens, revenue on the eroding price path,
// API cost at the blended class price (§9), and the cost allocated to it (§5).
import type { Application, Scenario } from '../../model';
import { FMT, type Calc, type Col } from './calc';
import type { Cached } from './shared';

export function addApplicationRows(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const a = scenario.applications[index] as Application;
  const k = (line: string) => `application:${a.id}:${line}`;
  const at = (line: string, c: Col) => calc.at(k(line), c);
  const path = (field: string) => `applications[${index}].${field}`;
  const inp = (field: string) => calc.in(path(field));
  const v = (line: string) => cached.application(index, line);
  const target = Array.isArray(a.servedBy) ? null : a.servedBy;
  if (target === null) throw new Error('migration paths are not in the live formulas');
  calc.section(`Application: ${a.name} (${a.id}) — ${a.model}, served by ${'platform' in target ? `platform ${target.platform}` : `API ${target.api}`}`);

  const t = (c: Col) => calc.t(c);
  calc.line(k('demandTokens'), `Demand (${a.growth?.type ?? 'seats'})`, 'tokens', FMT.tokens, (c) => {
    const d0 = inp('tokensMonth0');
    const g = a.growth;
    if (g?.type === 'linear') return `MAX(0,${d0}+${inp('growth.monthlyIncrement')}*${t(c)})`;
    if (g?.type === 'logistic') return `IF(${d0}=0,0,${inp('growth.capacity')}/(1+(${inp('growth.capacity')}/${d0}-1)*EXP(-${inp('growth.rate')}*${t(c)})))`;
    return `${d0}*POWER(1+${inp('growth.monthlyRate')},${t(c)})`;
  }, v('demandTokens'));

  if ('platform' in target) {
    const pIndex = scenario.platforms.findIndex((p) => p.id === target.platform);
    const tps = calc.in(`platforms[${pIndex}].throughput["${a.model}"]`);
    const pk = (line: string) => `platform:${target.platform}:${line}`;
    calc.line(k('gpuSeconds'), 'GPU time at day-one speed D / tokens per s per GPU', 'GPU-seconds', FMT.decimal, (c) => `${at('demandTokens', c)}/${tps}`);
    calc.line(k('servedTokens'), 'Served S = f · D', 'tokens', FMT.tokens, (c) => `${calc.at(pk('servedFraction'), c)}*${at('demandTokens', c)}`, v('servedTokens'));
    calc.line(k('unmetTokens'), 'Unmet = D − S', 'tokens', FMT.tokens, (c) => `${at('demandTokens', c)}-${at('servedTokens', c)}`);
    calc.line(k('apiCost'), 'API cost', 'USD', FMT.money, () => '0');
    calc.line(k('allocatedCost'), 'Allocated cost = platform part · (D/T) / W', 'USD', FMT.money, (c) =>
      `IF(${calc.at(pk('weight'), c)}=0,0,${calc.at(pk('allocated'), c)}*${at('gpuSeconds', c)}/${calc.at(pk('weight'), c)})`, v('allocatedCost'));
  } else {
    const o = scenario.apiOptions.findIndex((x) => x.id === target.api);
    const api = (field: string) => `apiOptions[${o}].${field}`;
    const input = calc.in(api('inputPricePerMTokens'));
    const share = inp('outputShare');
    const cachedShare = calc.inOr(path('cachedInputShare'), '0');
    const batch = calc.inOr(path('batchShare'), '0');
    const blended = `((1-${share})*((1-${cachedShare})*${input}+${cachedShare}*${calc.inOr(api('cachedInputPricePerMTokens'), input)})+${share}*${calc.in(api('outputPricePerMTokens'))})*(1-${batch}*${calc.inOr(api('batchDiscount'), '0')})`;
    calc.line(k('servedTokens'), 'Served S = D (an API serves all demand)', 'tokens', FMT.tokens, (c) => at('demandTokens', c), v('servedTokens'));
    calc.line(k('unmetTokens'), 'Unmet', 'tokens', FMT.tokens, () => '0');
    calc.line(k('blendedPrice'), 'Blended API price per M tokens (input, cached input, output; batch discount)', 'USD/M tokens', FMT.decimal, () => blended);
    calc.line(k('apiCost'), 'API cost = S/1e6 · blended · (1 − decline)^(t/12)', 'USD', FMT.money, (c) =>
      `${at('servedTokens', c)}/1000000*${at('blendedPrice', c)}*POWER(1-${calc.in(api('annualPriceDecline'))},${t(c)}/12)`);
    calc.line(k('allocatedCost'), 'Allocated cost = API cost', 'USD', FMT.money, (c) => at('apiCost', c), v('allocatedCost'));
  }
  calc.line(k('tokenRevenue'), 'Token revenue = S/1e6 · price · (1 − erosion)^(t/12)', 'USD', FMT.money, (c) =>
    `${at('servedTokens', c)}/1000000*${inp('revenuePerMTokens')}*POWER(1-${inp('annualPriceErosion')},${t(c)}/12)`);
  calc.line(k('seatRevenue'), 'Seat revenue', 'USD', FMT.money, () => '0', v('seatRevenue'));
  const costCentre = scenario.revenueMode === 'costCentre';
  calc.line(k('revenue'), costCentre ? 'Revenue (cost centre: none)' : 'Revenue = token revenue + seat revenue', 'USD', FMT.money, (c) => (costCentre ? '0' : `${at('tokenRevenue', c)}+${at('seatRevenue', c)}`), v('revenue'));
}
