// Inputs shared by the demo presets. Figures from shared reference data (sources in the comments);
// every value stays editable in the scenario editor.

/** US data-centre economics, 2025–26. */
export const US_SITE = {
  start: '2027-01',
  horizonMonths: 60,
  discountRateAnnual: '0.10', // enterprise hurdle rate 10–12 %
  fiscalYearStartMonth: 1,
  contingencyPct: '0.05',
  energy: {
    pricePerMWh: '85', // US industrial ≈ $81/MWh (EIA 2023–24)
    annualEscalation: '0.04', // EIA STEO ≈ +4–5 %/yr
    pue: '1.3', // new large facilities ≤ 1.3 (Uptime Institute)
  },
  hosting: { perKwMonth: '184' }, // CBRE NA wholesale colocation, H2 2024
  fixedOpexPerMonth: '150000', // platform team, software, support
  idlePolicy: 'separate',
} as const;

/** The application portfolio both platforms are asked to serve (tokens per month, input + output). */
export function portfolio(servedBy: { platform: string } | { api: string }) {
  return [
    {
      id: 'support-assistant', name: 'Customer support assistant', team: 'Customer Operations', model: 'llama-3.3-70b',
      servedBy, tokensMonth0: '600000000000', outputShare: '0.3',
      growth: { type: 'compound', monthlyRate: '0.03' },
      revenuePerMTokens: '6', annualPriceErosion: '0.3', tokensPerQuery: '1500', queriesPerTask: '4',
    },
    {
      id: 'code-assistant', name: 'Code assistant', team: 'Engineering', model: 'gpt-oss-120b',
      servedBy, tokensMonth0: '400000000000', outputShare: '0.35',
      growth: { type: 'compound', monthlyRate: '0.05' },
      revenuePerMTokens: '3', annualPriceErosion: '0.4', tokensPerQuery: '3000', queriesPerTask: '6',
    },
    {
      id: 'research-agent', name: 'Research agent', team: 'Strategy', model: 'gpt-oss-120b',
      servedBy, tokensMonth0: '20000000000', outputShare: '0.6',
      growth: { type: 'logistic', capacity: '200000000000', rate: '0.12' },
      revenuePerMTokens: '45', annualPriceErosion: '0.3', tokensPerQuery: '12000', queriesPerTask: '8',
    },
    {
      id: 'document-search', name: 'Document search', team: 'Knowledge', model: 'llama-3.3-70b',
      servedBy, tokensMonth0: '300000000000', outputShare: '0.15',
      growth: { type: 'linear', monthlyIncrement: '5000000000' },
      // Free tier: internal productivity, no charge.
      revenuePerMTokens: '0', annualPriceErosion: '0.5', tokensPerQuery: '2500', queriesPerTask: '1',
    },
    {
      id: 'sales-copilot', name: 'Sales copilot', team: 'Revenue', model: 'llama-3.3-70b',
      servedBy, tokensMonth0: '100000000000', outputShare: '0.3',
      growth: { type: 'compound', monthlyRate: '0.04' },
      revenuePerMTokens: '6', annualPriceErosion: '0.3', tokensPerQuery: '2000', queriesPerTask: '3',
    },
  ];
}
