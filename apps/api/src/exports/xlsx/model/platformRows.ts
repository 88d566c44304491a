// One platform's calculation lines (spec §3, docs/model.md §3): software multiplier, the demand
// weight W = Σ D/T of its applications, busy GPU-hours demanded B = W / (M·3600), nodes needed
// ceil(W / (M·3600·c)) with c = gpusPerNode·hours·targetUtilization, the fleet rule and cap,
// served fraction, utilisation, energy, the owned or rented money, capital charge, the idle line
// and the part of its cost the applications carry (allocation, §5).
import type { Platform, Scenario } from '../../model';
import { FMT, ceilSnapped, floorSnapped, sumOf, type Calc, type Col } from './calc';
import { addCohortRows } from './cohortRows';
import { applicationsOn, type Cached } from './shared';

export function addPlatformRows(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const p = scenario.platforms[index] as Platform;
  const k = (line: string) => `platform:${p.id}:${line}`;
  const at = (line: string, col: Col) => calc.at(k(line), col);
  const path = (field: string) => `platforms[${index}].${field}`;
  const inp = (field: string) => calc.in(path(field));
  const v = (line: string) => cached.platform(index, line);
  const owned = p.acquisition.type !== 'rent';
  const apps = applicationsOn(scenario, p.id);
  calc.section(`Platform: ${p.name} (${p.id}, ${owned ? 'owned' : 'rented'}, ${p.fleet.mode} fleet)`);

  const curve = p.softwareCurve;
  // Steps: the product of IF(month ≤ t, multiplier, 1), in rows of 40 steps (a formula stays well
  // under Excel's 8,192 characters with the 120 steps the schema allows).
  const steps = curve.type === 'steps' ? curve.steps : [];
  const chunks = Array.from({ length: Math.ceil(steps.length / 40) }, (_, j) => steps.slice(40 * j, 40 * j + 40).map((_, i) => 40 * j + i));
  if (chunks.length > 1) {
    chunks.forEach((chunk, j) =>
      calc.line(k(`softwareSteps:${j}`), `Software steps ${chunk[0]}–${chunk[chunk.length - 1]}: Π IF(month ≤ t, multiplier, 1)`, '×', FMT.ratio, (c) =>
        chunk.map((s) => `IF(${inp(`softwareCurve.steps[${s}].month`)}<=${calc.t(c)},${inp(`softwareCurve.steps[${s}].multiplier`)},1)`).join('*')),
    );
  }
  calc.line(k('softwareMultiplier'), 'Software multiplier M', '×', FMT.ratio, (c) => {
    if (curve.type === 'compound') return `MIN(${inp('softwareCurve.cap')},POWER(1+${inp('softwareCurve.annualImprovement')},${calc.t(c)}/12))`;
    if (chunks.length > 1) return chunks.map((_, j) => at(`softwareSteps:${j}`, c)).join('*');
    if (steps.length > 0) return steps.map((_, s) => `IF(${inp(`softwareCurve.steps[${s}].month`)}<=${calc.t(c)},${inp(`softwareCurve.steps[${s}].multiplier`)},1)`).join('*');
    return '1';
  }, v('softwareMultiplier'));
  calc.line(k('weight'), 'Demand weight W = Σ D / tokens per s per GPU', 'GPU-seconds', FMT.decimal, (c) => sumOf(apps.map((a) => calc.at(`application:${a.id}:gpuSeconds:p:${p.id}`, c))));
  const perBusyHour = (c: Col) => `(${at('softwareMultiplier', c)}*3600)`;
  calc.line(k('busyGpuHours'), 'Busy GPU-hours demanded B = W / (M·3600)', 'GPU-hours', FMT.hours, (c) => `${at('weight', c)}/${perBusyHour(c)}`, v('busyGpuHours'));
  calc.line(k('capacity'), 'Busy GPU-hours a node gives c = GPUs · hours · target', 'GPU-hours', FMT.hours, (c) => `${inp('gpusPerNode')}*${calc.at('hours', c)}*${inp('fleet.targetUtilization')}`);
  calc.line(k('perNode'), 'Weight one node serves = M·3600·c', 'GPU-seconds', FMT.decimal, (c) => `${perBusyHour(c)}*${at('capacity', c)}`);
  calc.line(k('needed'), 'Nodes needed ceil(W / (M·3600·c))', 'nodes', FMT.count, (c) => `IF(${at('weight', c)}=0,0,${ceilSnapped(`${at('weight', c)}/${at('perNode', c)}`)})`);
  const cap = capFormula(calc, scenario, index);
  if (cap !== null) calc.line(k('cap'), 'Node cap N_max', 'nodes', FMT.count, () => cap);
  const capped = (x: string, c: Col) => (cap === null ? x : `MIN(${at('cap', c)},${x})`);
  const life = owned && p.usefulLifeMonths !== undefined ? inp('usefulLifeMonths') : null;
  if (owned) {
    // alive(t): last month's fleet less the cohort retiring now (q(t − life)).
    calc.line(k('alive'), `Nodes of earlier cohorts still in service${life === null ? ' = N(t−1)' : ' = N(t−1) − q(t − life)'}`, 'nodes', FMT.count, (c) =>
      life === null ? calc.prev(k('nodes'), c) : `${calc.prev(k('nodes'), c)}-IF(${calc.t(c)}>=${life},INDEX(${calc.span(k('entering'))},1,${calc.t(c)}-${life}+1),0)`);
  }
  const lag = calc.inOr(path('deploymentLagMonths'), '0');
  calc.line(k('nodes'), 'Nodes N', 'nodes', FMT.count, (c) => {
    // A fixed fleet serves from the lag month (0 nodes before), owned or rented.
    if (p.fleet.mode === 'fixed') return owned && (p.deploymentLagMonths ?? 0) > 0 ? `IF(${calc.t(c)}<${lag},0,${inp('fleet.nodes')})` : inp('fleet.nodes');
    if (!owned) {
      const reserved = p.acquisition.type === 'rent' && p.acquisition.reserved ? inp('acquisition.reserved.nodes') : null;
      return reserved === null ? capped(at('needed', c), c) : `MAX(${reserved},${capped(at('needed', c), c)})`;
    }
    return capped(`MAX(${at('alive', c)},${at('needed', c)})`, c);
  }, v('nodes'));
  if (owned) calc.line(k('entering'), 'Cohort entering service q = N − alive', 'nodes', FMT.count, (c) => `${at('nodes', c)}-${at('alive', c)}`);
  calc.line(k('servedFraction'), 'Served fraction f = min(1, N·M·3600·c / W)', 'share', FMT.fraction, (c) => `IF(${at('weight', c)}=0,1,MIN(1,${at('nodes', c)}*${at('perNode', c)}/${at('weight', c)}))`);
  calc.line(k('servedBusy'), 'Busy GPU-hours served f·B', 'GPU-hours', FMT.hours, (c) => `IF(${at('weight', c)}=0,0,IF(${at('nodes', c)}*${at('perNode', c)}<${at('weight', c)},${at('nodes', c)}*${at('capacity', c)},${at('busyGpuHours', c)}))`);
  calc.line(k('gpuHours'), 'GPU-hours provisioned N · GPUs · hours', 'GPU-hours', FMT.hours, (c) => `${at('nodes', c)}*${inp('gpusPerNode')}*${calc.at('hours', c)}`);
  calc.line(k('utilization'), 'Utilisation U = f·B / (N · GPUs · hours)', 'share', FMT.fraction, (c) => `IF(${at('nodes', c)}=0,0,${at('servedBusy', c)}/${at('gpuHours', c)})`, v('utilization'));
  const facilityMw = `${inp('powerKwPerNode')}*In_PUE/1000`.replace('In_PUE', calc.in('energy.pue'));
  calc.line(k('energyMWh'), 'Energy E = N·kW·PUE·hours/1000·idle + f·B·kW·PUE·(1−idle)/(1000·GPUs)', 'MWh', FMT.mwh, (c) =>
    `IF(${at('nodes', c)}=0,0,${at('nodes', c)}*(${facilityMw}*${inp('idlePowerFraction')}*${calc.at('hours', c)})+${at('servedBusy', c)}*(${facilityMw}*(1-${inp('idlePowerFraction')})/${inp('gpusPerNode')}))`, v('energyMWh'));
  calc.line(k('servedTokens'), 'Tokens served', 'tokens', FMT.tokens, (c) => sumOf(apps.map((a) => calc.at(`application:${a.id}:servedOn:p:${p.id}`, c))), v('servedTokens'));
  calc.line(k('unmetTokens'), 'Tokens unmet', 'tokens', FMT.tokens, (c) => sumOf(apps.map((a) => calc.at(`application:${a.id}:unmetOn:p:${p.id}`, c))), v('unmetTokens'));
  if (owned) addOwnedMoney(calc, scenario, index, cached);
  else addRentedMoney(calc, scenario, index, cached);
  addPlatformCost(calc, scenario, index, cached);
}

/** `min(maxNodes, floor(powerCapKw / (kW·PUE)))` over the limits given (auto fleets); null: no cap. */
function capFormula(calc: Calc, scenario: Scenario, index: number): string | null {
  const p = scenario.platforms[index] as Platform;
  if (p.fleet.mode !== 'auto') return null;
  const limits: string[] = [];
  if (p.fleet.maxNodes !== undefined) limits.push(calc.in(`platforms[${index}].fleet.maxNodes`));
  if (p.powerCapKw !== undefined) limits.push(floorSnapped(`${calc.in(`platforms[${index}].powerCapKw`)}/(${calc.in(`platforms[${index}].powerKwPerNode`)}*${calc.in('energy.pue')})`));
  if (limits.length === 0) return null;
  return limits.length === 1 ? (limits[0] as string) : `MIN(${limits.join(',')})`;
}

function addOwnedMoney(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const p = `platforms[${index}]`;
  const id = cachedId(calc, index);
  const k = (line: string) => `platform:${id}:${line}`;
  const at = (line: string, c: Col) => calc.at(k(line), c);
  const inp = (field: string) => calc.in(`${p}.${field}`);
  const v = (line: string) => cached.platform(index, line);
  calc.line(k('energyCost'), 'Energy cost = E · price · (1+escalation)^year', 'USD', FMT.money, (c) => `${at('energyMWh', c)}*${calc.in('energy.pricePerMWh')}*POWER(1+${calc.in('energy.annualEscalation')},${calc.year(c)})`, v('energyCost'));
  calc.line(k('hosting'), 'Hosting = N · kW · $/kW-month · (1+escalation)^year', 'USD', FMT.money, (c) => `${at('nodes', c)}*${inp('powerKwPerNode')}*${calc.in('hosting.perKwMonth')}*POWER(1+${calc.in('hosting.annualEscalation')},${calc.year(c)})`, v('hosting'));
  calc.line(k('maintenance'), 'Maintenance = N · capex · maintenance %/yr / 12', 'USD', FMT.money, (c) => `${at('nodes', c)}*(${inp('capexPerNode')}*${inp('maintenancePctPerYear')}/12)`, v('maintenance'));
  addCohortRows(calc, scenario, index, cached);
  calc.line(k('rentalCost'), 'Rental', 'USD', FMT.money, () => '0', v('rentalCost'));
}

function addRentedMoney(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const id = cachedId(calc, index);
  const k = (line: string) => `platform:${id}:${line}`;
  const inp = (field: string) => calc.in(`platforms[${index}].${field}`);
  const v = (line: string) => cached.platform(index, line);
  for (const line of ['energyCost', 'hosting', 'maintenance', 'nodesOrdered', 'nodesRetired', 'capex', 'depreciation', 'capitalCharge', 'disposalProceeds', 'terminalValue', 'taxDepreciation', 'taxBasisReleased']) {
    calc.line(k(line), `${line} (rented: none)`, '', FMT.money, () => '0', v(line));
  }
  const p = scenario.platforms[index] as Platform;
  const price = (c: Col) => `${inp('acquisition.pricePerGpuHour')}*POWER(1-${inp('acquisition.annualPriceDecline')},${calc.t(c)}/12)`;
  if (p.acquisition.type === 'rent' && p.acquisition.reserved) {
    const r = inp('acquisition.reserved.nodes');
    calc.line(k('reservedNodes'), 'Reserved nodes R', 'nodes', FMT.count, () => r, v('reservedNodes'));
    calc.line(k('rentalCost'), 'Rental = (R · reserved price + (N − R) · price · (1 − decline)^(t/12)) · GPUs · hours', 'USD', FMT.money, (c) =>
      `(${r}*${inp('acquisition.reserved.pricePerGpuHour')}+(${calc.at(k('nodes'), c)}-${r})*${price(c)})*${inp('gpusPerNode')}*${calc.at('hours', c)}`, v('rentalCost'));
  } else {
    calc.line(k('rentalCost'), 'Rental = GPU-hours · $/GPU-hour · (1 − decline)^(t/12)', 'USD', FMT.money, (c) => `${calc.at(k('gpuHours'), c)}*${price(c)}`, v('rentalCost'));
  }
}

/** Self-hosted cost, the idle line, the applications' part and the all-in cost per GPU-hour. */
function addPlatformCost(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const id = cachedId(calc, index);
  const k = (line: string) => `platform:${id}:${line}`;
  const at = (line: string, c: Col) => calc.at(k(line), c);
  const v = (line: string) => cached.platform(index, line);
  if (!calc.rows.has(k('reservedNodes'))) calc.line(k('reservedNodes'), 'Reserved nodes (none)', 'nodes', FMT.count, () => '0', v('reservedNodes'));
  calc.line(k('selfHostedCost'), 'Self-hosted cost C = energy + hosting + maintenance + depreciation + rental', 'USD', FMT.money, (c) =>
    ['energyCost', 'hosting', 'maintenance', 'depreciation', 'rentalCost'].map((l) => at(l, c)).join('+'));
  const idle = (c: Col) => (scenario.idlePolicy === 'spread' ? '0' : `${at('selfHostedCost', c)}-${at('utilization', c)}*${at('selfHostedCost', c)}`);
  calc.line(k('idleCost'), `Idle cost (${scenario.idlePolicy}): all of C without served work, else ${scenario.idlePolicy === 'spread' ? '0' : 'C − U·C'}`, 'USD', FMT.money, (c) =>
    `IF(${at('servedBusy', c)}=0,${at('selfHostedCost', c)},${idle(c)})`, v('idleCost'));
  calc.line(k('allocated'), 'Cost the applications carry = C − idle', 'USD', FMT.money, (c) => `${at('selfHostedCost', c)}-${at('idleCost', c)}`);
  calc.line(k('allInCostPerGpuHour'), 'All-in cost per GPU-hour = (energy + hosting + maintenance + capital charge + rental) / GPU-hours', 'USD/GPU-hour', FMT.decimal, (c) =>
    `IF(${at('nodes', c)}=0,"",(${['energyCost', 'hosting', 'maintenance', 'capitalCharge', 'rentalCost'].map((l) => at(l, c)).join('+')})/${at('gpuHours', c)})`, v('allInCostPerGpuHour'));
}

const cachedId = (calc: Calc, index: number): string => calc.platformIds[index] as string;
