// The library's change log: every addition or change, dated, with the ids it touched.
import type { ReferenceChange } from './schema';

export const REFERENCE_LIBRARY_VERSION = '2026-12-03.2';

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
];
