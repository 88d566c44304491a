// One application's calculation lines: demand by growth type or seats (spec §3, §9), the months
// each target of its migration path serves it (§8), its GPU time on each platform target
// (D / tokens per s per GPU: one rate, by class, or the curve at its SLA), tokens served and unmet
// there, its API usage at list price on each API target, revenue on the eroding price path plus
// seat revenue, and the cost allocated to it (§5: its share of each platform's part, its API cost
// after any commitment discount).
import type { Application, Scenario } from '../../model';
import { FMT, sumOf, type Calc, type Col } from './calc';
import { rateOf } from './rates';
import { targetsOf, type Cached } from './shared';

export function addApplicationRows(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const a = scenario.applications[index] as Application;
  const k = (line: string) => `application:${a.id}:${line}`;
  const at = (line: string, c: Col) => calc.at(k(line), c);
  const path = (field: string) => `applications[${index}].${field}`;
  const inp = (field: string) => calc.in(path(field));
  const v = (line: string) => cached.application(index, line);
  const t = (c: Col) => calc.t(c);
  const targets = targetsOf(a);
  calc.section(`Application: ${a.name} (${a.id}) — ${a.model}, served by ${targets.map((x) => `${x.label}${targets.length > 1 ? ` (${x.months})` : ''}`).join('; ')}`);

  if (a.seats) {
    calc.line(k('seats'), 'Seats = seats₀ · (1 + g)^t', 'seats', FMT.decimal, (c) => `${inp('seats.seatsMonth0')}*POWER(1+${inp('seats.monthlyGrowth')},${t(c)})`, v('seats'));
  }
  calc.line(k('demandTokens'), `Demand (${a.seats ? 'seats · tokens per seat₀ · (1 + h)^(t/12)' : a.growth?.type})`, 'tokens', FMT.tokens, (c) => {
    if (a.seats) return `${at('seats', c)}*${inp('seats.tokensPerSeatMonth0')}*POWER(1+${inp('seats.tokensPerSeatAnnualGrowth')},${t(c)}/12)`;
    const d0 = inp('tokensMonth0');
    const g = a.growth;
    if (g?.type === 'linear') return `MAX(0,${d0}+${inp('growth.monthlyIncrement')}*${t(c)})`;
    if (g?.type === 'logistic') return `IF(${d0}=0,0,${inp('growth.capacity')}/(1+(${inp('growth.capacity')}/${d0}-1)*EXP(-${inp('growth.rate')}*${t(c)})))`;
    return `${d0}*POWER(1+${inp('growth.monthlyRate')},${t(c)})`;
  }, v('demandTokens'));

  const served: string[] = [];
  for (const target of targets) {
    const on = (c: Col) => (targets.length === 1 ? '' : `*${at(`on:${target.key}`, c)}`);
    if (targets.length > 1) {
      calc.line(k(`on:${target.key}`), `Served by ${target.label} this month (migration path: ${target.months})`, '1/0', FMT.count, (c) =>
        target.entries.map((e, j) => {
          // The entry's first month and the next entry's, as named inputs of the Assumptions' migration table.
          const from = calc.inOr(path(`servedBy[${e}].fromMonth`), String(target.spans[j]?.[0]));
          const next = Array.isArray(a.servedBy) && e + 1 < a.servedBy.length ? calc.inOr(path(`servedBy[${e + 1}].fromMonth`), String(target.spans[j]?.[1])) : null;
          return next === null ? `(${t(c)}>=${from})` : `(${t(c)}>=${from})*(${t(c)}<${next})`;
        }).join('+'));
    }
    if (target.platform !== undefined) {
      const pIndex = scenario.platforms.findIndex((p) => p.id === target.platform);
      const rate = rateOf(calc, scenario, pIndex, index);
      if (rate.constant) calc.line(k(`throughput:${target.key}`), rate.label, 'tokens/s per GPU', FMT.decimal, () => rate.constant as string);
      const perToken = (c: Col) => (rate.constant ? `/${at(`throughput:${target.key}`, c)}` : `*${rate.perToken}`);
      calc.line(k(`gpuSeconds:${target.key}`), `GPU time on ${target.label} at day-one speed = D ${rate.constant ? '/ tokens per s per GPU' : '· ((1 − o)(1 − c)/input + o/output)'}`, 'GPU-seconds', FMT.decimal, (c) =>
        `${at('demandTokens', c)}${on(c)}${perToken(c)}`);
      calc.line(k(`servedOn:${target.key}`), `Served on ${target.label} = f · D`, 'tokens', FMT.tokens, (c) => `${calc.at(`platform:${target.platform}:servedFraction`, c)}*${at('demandTokens', c)}${on(c)}`);
      calc.line(k(`unmetOn:${target.key}`), `Unmet on ${target.label} = D − served`, 'tokens', FMT.tokens, (c) => `${at('demandTokens', c)}${on(c)}-${at(`servedOn:${target.key}`, c)}`);
    } else {
      const o = scenario.apiOptions.findIndex((x) => x.id === target.api);
      const api = (field: string) => `apiOptions[${o}].${field}`;
      const input = calc.in(api('inputPricePerMTokens'));
      const share = inp('outputShare');
      const cachedShare = calc.inOr(path('cachedInputShare'), '0');
      const batch = calc.inOr(path('batchShare'), '0');
      calc.line(k(`price:${target.key}`), 'Blended API price per M tokens = ((1 − o)·((1 − c)·input + c·cached input) + o·output)·(1 − batch share · batch discount)', 'USD/M tokens', FMT.decimal, () =>
        `((1-${share})*((1-${cachedShare})*${input}+${cachedShare}*${calc.inOr(api('cachedInputPricePerMTokens'), input)})+${share}*${calc.in(api('outputPricePerMTokens'))})*(1-${batch}*${calc.inOr(api('batchDiscount'), '0')})`);
      calc.line(k(`servedOn:${target.key}`), `Served by ${target.label} = D (an API serves all demand)`, 'tokens', FMT.tokens, (c) => `${at('demandTokens', c)}${on(c)}`);
      calc.line(k(`apiCost:${target.key}`), 'API usage at list price = S/1e6 · blended · (1 − decline)^(t/12)', 'USD', FMT.money, (c) =>
        `${at(`servedOn:${target.key}`, c)}/1000000*${at(`price:${target.key}`, c)}*POWER(1-${calc.in(api('annualPriceDecline'))},${t(c)}/12)`);
    }
    served.push(`servedOn:${target.key}`);
  }
  calc.line(k('servedTokens'), 'Served S', 'tokens', FMT.tokens, (c) => sumOf(served.map((s) => at(s, c))), v('servedTokens'));
  calc.line(k('unmetTokens'), 'Unmet = D − S', 'tokens', FMT.tokens, (c) => `${at('demandTokens', c)}-${at('servedTokens', c)}`);
  calc.line(k('allocatedCost'), 'Allocated cost = Σ platform part · (D/T) / W + API cost after commitment terms', 'USD', FMT.money, (c) =>
    sumOf(targets.map((x) => {
      if (x.platform !== undefined) {
        const pk = (line: string) => calc.at(`platform:${x.platform}:${line}`, c);
        return `IF(${pk('weight')}=0,0,${pk('allocated')}*${at(`gpuSeconds:${x.key}`, c)}/${pk('weight')})`;
      }
      return `${at(`apiCost:${x.key}`, c)}*${calc.at(`api:${x.api}:perUsage`, c)}`;
    })), v('allocatedCost'));
  calc.line(k('tokenRevenue'), 'Token revenue = S/1e6 · price · (1 − erosion)^(t/12)', 'USD', FMT.money, (c) =>
    `${at('servedTokens', c)}/1000000*${inp('revenuePerMTokens')}*POWER(1-${inp('annualPriceErosion')},${t(c)}/12)`);
  const costCentre = scenario.revenueMode === 'costCentre';
  const seatPrice = a.seats && a.revenuePerSeatMonth !== undefined && !costCentre;
  calc.line(k('seatRevenue'), seatPrice ? 'Seat revenue = seats · price per seat · (1 − erosion)^(t/12) · S/D' : `Seat revenue (${costCentre ? 'cost centre: ' : ''}none)`, 'USD', FMT.money, (c) =>
    seatPrice ? `${at('seats', c)}*${inp('revenuePerSeatMonth')}*POWER(1-${inp('annualPriceErosion')},${t(c)}/12)*IF(${at('demandTokens', c)}=0,1,${at('servedTokens', c)}/${at('demandTokens', c)})` : '0', v('seatRevenue'));
  calc.line(k('revenue'), costCentre ? 'Revenue (cost centre: none)' : 'Revenue = token revenue + seat revenue', 'USD', FMT.money, (c) => (costCentre ? '0' : `${at('tokenRevenue', c)}+${at('seatRevenue', c)}`), v('revenue'));
}
