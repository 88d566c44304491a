// Which scenario features the live calculation sheets compute as formulas. A scenario using a
// feature outside this list is exported with the engine's pasted values in the Monthly ledger
// (labelled so), as before issue 20; the list shrinks as the formulas grow.
import { throughputForm, type Scenario } from '../../model';

/** The features of `scenario` the formulas do not cover yet (empty: the workbook is fully live). */
export function unsupportedFeatures(scenario: Scenario): string[] {
  const out = new Set<string>();
  for (const p of scenario.platforms) {
    for (const t of Object.values(p.throughput)) {
      const form = throughputForm(t).kind;
      if (form === 'byClass') out.add('throughput by class');
      if (form === 'curve') out.add('interactivity curves');
    }
  }
  for (const o of scenario.apiOptions) if (o.commitment) out.add('API commitments');
  for (const a of scenario.applications) {
    if (Array.isArray(a.servedBy)) out.add('migration paths');
    if (a.seats) out.add('seats');
  }
  return [...out];
}
