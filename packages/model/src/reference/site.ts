// Energy, hosting, facility efficiency, depreciation lives, cost of capital and price trends.
import type { ReferenceEntry } from './schema';
import { SRC } from './sources';

type E = ReferenceEntry;
const MWH = 'USD per MWh';

function eiaState(slug: string, state: string, commercial: string, industrial: string): E[] {
  const base = { category: 'energy', subject: state, quantity: 'pricePerMWh', unit: MWH, source: SRC.eiaStates, asOf: '2023-12', confidence: 'H', note: 'EIA average retail price, 2023 (¢/kWh × 10 = $/MWh); a data centre contract may differ.' } as const;
  return [
    { ...base, id: `energy.${slug}.commercial`, value: commercial, includes: 'average commercial-sector retail price, all charges' },
    { ...base, id: `energy.${slug}.industrial`, value: industrial, includes: 'average industrial-sector retail price, all charges' },
  ];
}

export const ENERGY_ENTRIES: readonly E[] = [
  { id: 'energy.us.industrial', category: 'energy', subject: 'United States', quantity: 'pricePerMWh', value: '81', unit: MWH, source: SRC.eiaUs, asOf: '2024-12', includes: 'US average industrial retail price, 2023–24', confidence: 'H', note: '' },
  { id: 'energy.us.commercial', category: 'energy', subject: 'United States', quantity: 'pricePerMWh', value: '128', range: { low: '127', high: '130' }, unit: MWH, source: SRC.eiaUs, asOf: '2024-12', includes: 'US average commercial retail price, 2023–24', confidence: 'H', note: '' },
  ...eiaState('us-va', 'Virginia', '89.5', '89.2'),
  ...eiaState('us-tx', 'Texas', '88.2', '66'),
  ...eiaState('us-ga', 'Georgia', '107', '68.8'),
  ...eiaState('us-or', 'Oregon', '99.2', '75.2'),
  ...eiaState('us-ca', 'California', '239.1', '186.4'),
  { id: 'energy.us.annual-escalation', category: 'energy', subject: 'United States', quantity: 'annualEscalation', value: '0.04', range: { low: '0.04', high: '0.2' }, unit: 'per year', source: SRC.eiaSteo, asOf: '2025-11', includes: 'yearly change in retail electricity prices', confidence: 'M', note: 'EIA STEO ≈ +4–5 %/yr nationally; PJM-state industrial prices rose 10–20 % year on year in 2025.' },
];

export const HOSTING_ENTRIES: readonly E[] = [
  { id: 'hosting.cbre-na.h2-2024', category: 'hosting', subject: 'North America primary markets', quantity: 'perKwMonth', value: '184.06', unit: 'USD per kW-month', source: SRC.cbreH2_2024, asOf: '2024-12', includes: 'average asking rate, 250–500 kW wholesale colocation requirement (+12.6 % YoY); power billed separately', confidence: 'H', note: '' },
  { id: 'hosting.cbre-na.h1-2024', category: 'hosting', subject: 'North America primary markets', quantity: 'perKwMonth', value: '174.06', unit: 'USD per kW-month', source: SRC.cbreH1_2024, asOf: '2024-06', includes: 'average asking rate, 250–500 kW requirement', confidence: 'H', note: '' },
  { id: 'hosting.ai-high-density', category: 'hosting', subject: 'AI high-density (liquid-cooled)', quantity: 'perKwMonth', value: '200', range: { low: '150', high: '250' }, unit: 'USD per kW-month', source: SRC.semiTco, asOf: '2025-06', includes: 'colocation for 40–130 kW racks', confidence: 'L', note: 'Models use $150–250; few public quotes for liquid-cooled space.' },
];

export const FACILITY_ENTRIES: readonly E[] = [
  { id: 'pue.uptime-2024-average', category: 'facility', subject: 'Industry average', quantity: 'pue', value: '1.56', unit: 'PUE (total ÷ IT power)', source: SRC.uptime2024, asOf: '2024-07', includes: 'respondents\' largest data centre, annual average', confidence: 'H', note: '1.54 in the 2025 survey.' },
  { id: 'pue.new-large-facility', category: 'facility', subject: 'New large facilities', quantity: 'pue', value: '1.3', range: { low: '1.2', high: '1.3' }, unit: 'PUE (total ÷ IT power)', source: SRC.uptimeLarge, asOf: '2024-02-07', includes: 'newer, larger facilities', confidence: 'H', note: 'Uptime: new large builds reach 1.3 or better.' },
  { id: 'pue.hyperscale', category: 'facility', subject: 'Hyperscale (Google fleet)', quantity: 'pue', value: '1.09', unit: 'PUE (total ÷ IT power)', source: SRC.googlePue, asOf: '2025-06', includes: 'fleet-wide trailing twelve-month PUE', confidence: 'H', note: '' },
];

export const DEPRECIATION_ENTRIES: readonly E[] = [
  { id: 'dep.microsoft.servers', category: 'depreciation', subject: 'Microsoft', quantity: 'depreciationMonths', value: '72', unit: 'months', source: SRC.edgarMsft, asOf: '2023-07', includes: 'servers and network equipment useful life (6 years)', confidence: 'H', note: '' },
  { id: 'dep.alphabet.servers', category: 'depreciation', subject: 'Alphabet', quantity: 'depreciationMonths', value: '72', unit: 'months', source: SRC.edgarGoogl, asOf: '2024-02', includes: 'servers useful life (6 years, from 2023)', confidence: 'H', note: '' },
  { id: 'dep.amazon.servers', category: 'depreciation', subject: 'Amazon', quantity: 'depreciationMonths', value: '60', unit: 'months', source: SRC.edgarAmzn, asOf: '2025-02', includes: 'part of server fleet shortened from 6 to 5 years from 2025, citing the pace of AI', confidence: 'H', note: 'Presets use it as the owned-hardware life and the planning horizon.' },
  { id: 'dep.meta.servers', category: 'depreciation', subject: 'Meta', quantity: 'depreciationMonths', value: '66', unit: 'months', source: SRC.edgarMeta, asOf: '2025-01', includes: 'servers and network assets (5.5 years)', confidence: 'H', note: '' },
  { id: 'dep.coreweave.gpus', category: 'depreciation', subject: 'CoreWeave', quantity: 'depreciationMonths', value: '72', unit: 'months', source: SRC.edgarCrwv, asOf: '2025-03', includes: 'technology equipment (GPUs) useful life', confidence: 'H', note: 'Critics argue an economic life of 2–3 years for frontier GPUs.' },
  { id: 'dep.residual-after-5y', category: 'depreciation', subject: 'GPU server', quantity: 'residualValuePct', value: '0.1', range: { low: '0', high: '0.2' }, unit: 'share of capex', source: SRC.semiTco, asOf: '2026-12', includes: 'resale value at the end of a 5-year life', confidence: 'estimate', note: 'No resale index is public: H100 nodes resell at ≈ 25–35 % after 3 years by secondary reports; two more years of decline gives ≈ 10 %.' },
];

export const FINANCE_ENTRIES: readonly E[] = [
  { id: 'fin.enterprise-hurdle-rate', category: 'finance', subject: 'Enterprise hurdle rate', quantity: 'discountRateAnnual', value: '0.10', range: { low: '0.08', high: '0.12' }, unit: 'per year', source: SRC.damodaran, asOf: '2026-01', includes: 'nominal, pre-tax discount rate for an internal IT investment', confidence: 'M', note: 'Technology-sector cost of capital ≈ 8–11 % (Damodaran); hurdle rates add a margin.' },
  { id: 'fin.coreweave-debt', category: 'finance', subject: 'CoreWeave debt', quantity: 'discountRateAnnual', value: '0.12', range: { low: '0.09', high: '0.15' }, unit: 'per year', source: SRC.edgarCrwv, asOf: '2025-11', includes: 'interest on GPU-backed debt facilities', confidence: 'H', note: 'A neocloud\'s cost of debt, not equity.' },
  { id: 'fin.maintenance-pct', category: 'finance', subject: 'GPU server', quantity: 'maintenancePctPerYear', value: '0.04', range: { low: '0.03', high: '0.05' }, unit: 'share of capex per year', source: SRC.semiTco, asOf: '2025-06', includes: 'support contract, spares and repairs', confidence: 'estimate', note: 'Vendors quote support privately; 3–5 % of hardware capex a year is the common planning value in TCO models.' },
  { id: 'fin.contingency', category: 'finance', subject: 'Project contingency', quantity: 'contingencyPct', value: '0.05', range: { low: '0.05', high: '0.15' }, unit: 'share of cost', source: SRC.aace, asOf: '2020-08', includes: 'allowance for costs not yet identified', confidence: 'estimate', note: 'AACE gives wide ranges by estimate class; 5 % suits a priced bill of materials, earlier estimates need more.' },
  { id: 'fin.platform-team-opex', category: 'finance', subject: 'Platform team', quantity: 'fixedOpexPerMonth', value: '150000', range: { low: '100000', high: '250000' }, unit: 'USD per month', source: SRC.blsSoftware, asOf: '2025-04', includes: '≈ 8 engineers at a loaded $225k a year, software and support', confidence: 'estimate', note: 'Illustrative team size; BLS mean wage for software developers ≈ $145k, loaded ≈ 1.5x.' },
  { id: 'fin.target-utilization', category: 'finance', subject: 'Auto-sized fleet', quantity: 'targetUtilization', value: '0.6', range: { low: '0.4', high: '0.8' }, unit: 'share of capacity', source: SRC.semiTco, asOf: '2025-06', includes: 'average busy share of serving capacity across the day', confidence: 'estimate', note: 'Inference demand peaks by time of day; fleets are sized for peaks, so average use of 40–80 % is common in TCO models.' },
];

export const PRICE_TREND_ENTRIES: readonly E[] = [
  { id: 'trend.a16z-llmflation', category: 'price-trends', subject: 'Constant capability', quantity: 'annualPriceDecline', value: '0.9', unit: 'per year', source: SRC.a16zLlmflation, asOf: '2024-11-12', includes: 'cost for constant capability falls ≈ 10x a year', confidence: 'M', note: '' },
  { id: 'trend.epoch-median', category: 'price-trends', subject: 'Constant capability (median)', quantity: 'annualPriceDecline', value: '0.98', range: { low: '0.89', high: '0.999' }, unit: 'per year', source: SRC.epochPrices, asOf: '2025-03', includes: '9x–900x a year depending on the capability threshold, median ≈ 50x', confidence: 'M', note: '' },
  { id: 'trend.frontier-tier', category: 'price-trends', subject: 'Frontier API tier', quantity: 'annualPriceDecline', value: '0.3', range: { low: '0.3', high: '0.5' }, unit: 'per year', source: SRC.epochPrices, asOf: '2025-03', includes: 'list price of the current frontier model class', confidence: 'estimate', note: 'Frontier list prices fall far more slowly than constant-capability prices (GPT-4 $30 → GPT-4o $2.50 → GPT-5 $1.25 input over 2023–25).' },
  { id: 'trend.commodity-tier', category: 'price-trends', subject: 'Open/commodity model tier', quantity: 'annualPriceDecline', value: '0.7', range: { low: '0.7', high: '0.9' }, unit: 'per year', source: SRC.a16zLlmflation, asOf: '2024-11-12', includes: 'market price of a fixed open model as serving improves and newer models replace it', confidence: 'estimate', note: 'Derived from the ≈ 10x a year constant-capability decline, tempered for one model whose price stops falling once it is commoditised.' },
];
