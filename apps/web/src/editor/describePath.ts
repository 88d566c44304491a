// Issue paths in words: `applications[1].growth.monthlyRate` → `Code assistant › monthly rate`.
const WORDS: Record<string, string> = {
  name: 'name', start: 'start month', horizonMonths: 'horizon', discountRateAnnual: 'discount rate',
  fiscalYearStartMonth: 'fiscal year start', contingencyPct: 'contingency', fixedOpexPerMonth: 'fixed opex',
  idlePolicy: 'idle policy', pricePerMWh: 'electricity price', annualEscalation: 'price escalation', pue: 'PUE',
  perKwMonth: 'per kW-month', gpusPerNode: 'GPUs per node', powerKwPerNode: 'power per node',
  idlePowerFraction: 'idle power', capexPerNode: 'capex per node', maintenancePctPerYear: 'maintenance',
  depreciationMonths: 'depreciation', residualValuePct: 'residual value', throughput: 'throughput',
  softwareCurve: 'software curve', annualImprovement: 'yearly gain', cap: 'cap', fleet: 'fleet',
  targetUtilization: 'target utilisation', maxNodes: 'max nodes', nodes: 'nodes', powerCapKw: 'power cap',
  pricePerGpuHour: 'price per GPU-hour', annualPriceDecline: 'price decline', inputPricePerMTokens: 'input price',
  outputPricePerMTokens: 'output price', team: 'team', model: 'model', servedBy: 'served by', platform: 'platform',
  api: 'API option', tokensMonth0: 'tokens per month', outputShare: 'output share', growth: 'growth',
  monthlyRate: 'monthly growth', monthlyIncrement: 'monthly increment', capacity: 'capacity', rate: 'rate',
  revenuePerMTokens: 'price per M tokens', annualPriceErosion: 'price erosion', tokensPerQuery: 'tokens per query',
  queriesPerTask: 'queries per task', id: 'id', applications: 'applications', platforms: 'platforms',
  apiOptions: 'API options', energy: 'energy', hosting: 'hosting', steps: 'steps', multiplier: 'multiplier', month: 'month',
};

const LIST_NAMES = new Set(['applications', 'platforms', 'apiOptions']);

export function describePath(doc: Record<string, unknown>, path: string): string {
  if (path === '') return 'Scenario';
  const parts: string[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  let list: string | null = null;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) {
      if (LIST_NAMES.has(m[1])) list = m[1];
      else parts.push(WORDS[m[1]] ?? m[1]);
    } else if (m[2] !== undefined) {
      const index = Number(m[2]);
      if (list) {
        const item = (doc[list] as Record<string, unknown>[] | undefined)?.[index];
        const name = typeof item?.['name'] === 'string' && item['name'] !== '' ? item['name'] : `${list} #${index + 1}`;
        parts.push(name);
        list = null;
      } else parts.push(`#${index + 1}`);
    } else if (m[3] !== undefined) parts.push(m[3]);
  }
  if (list) parts.unshift(WORDS[list] ?? list);
  const text = parts.join(' › ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
