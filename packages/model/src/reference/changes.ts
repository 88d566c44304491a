// The library's change log: every addition or change, dated, with the ids it touched.
import type { ReferenceChange } from './schema';

export const REFERENCE_LIBRARY_VERSION = '2026-12-03.3';

export const REFERENCE_CHANGES: readonly ReferenceChange[] = [
  {
    date: '2026-12-03',
    summary:
      'Library created from the team reference notes (issue 22): accelerators (H100, H200, B200, B300, GB200/GB300 NVL72, MI300X, MI355X), throughput points and planning points, rental tiers, API list prices, EIA energy prices, CBRE hosting, PUE, depreciation lives, cost of capital, price trends and illustrative workload figures.',
    ids: [],
  },
  {
    date: '2026-12-03',
    summary:
      'Presets changed to read from the library: revenue at open-model market prices (was $6 / $3 / $45 per M tokens, unsourced), one software curve for every platform (was +35 %/yr for Blackwell vs +10 %/yr for Hopper, uncited), H100 and B200 throughput from the same benchmark (was a B200-vs-H200 ratio), energy at the Virginia industrial price, all-in IT kW per node.',
    ids: ['api.market.llama-3.3-70b.blended', 'api.market.gpt-oss-120b.blended', 'sw.planning.annual-improvement', 'sw.planning.cap', 'tput.h100.llama-3.3-70b.planning', 'tput.b200.llama-3.3-70b.planning', 'energy.us-va.industrial'],
  },
  {
    date: '2026-12-03',
    summary:
      'Workload entries for every template figure (support assistant growth, document search queries per task, sales copilot output share); InferenceX-derived entries say they were copied from the team notes, not re-read from the app.',
    ids: ['work.support-assistant.monthly-growth', 'work.document-search.queries-per-task', 'work.sales-copilot.output-share', 'rent.h100.tco-rent-3yr', 'acc.b200.it-kw-all-in-per-node'],
  },
  {
    date: '2026-12-03',
    summary:
      'InferenceX figures re-read from the app itself (GPU_SPECS, April 2026) instead of the team notes: all-in kW per GPU H100/H200 1.73 (was 1.37), B200 2.17 (was 1.71), GB200/GB300 2.1, MI300X 1.79, MI355X 2.65; $/GPU-hour tiers updated (H100 1.30 / 1.69 / 1.30 …), B300, MI300X tiers and MI300X/MI355X all-in kW added. Presets use the new all-in kW per node (H100 13.84, B200 17.36).',
    ids: ['acc.h100.it-kw-all-in-per-node', 'acc.b200.it-kw-all-in-per-node', 'acc.gb200-nvl72.it-kw-all-in-per-node', 'acc.mi355x.it-kw-all-in-per-node', 'rent.h100.tco-own-hyperscaler', 'rent.b300.tco-own-hyperscaler', 'rent.mi300x.tco-own-hyperscaler'],
  },
];
