// Which scenario features the live calculation sheets compute as formulas. A scenario using a
// feature outside this list is exported with the engine's pasted values in the Monthly ledger
// (labelled so), as before issue 20; the list shrinks as the formulas grow.
import { throughputForm, type Scenario } from '../../model';

/** The features of `scenario` the formulas do not cover yet (empty: the workbook is fully live). */
export function unsupportedFeatures(scenario: Scenario): string[] {
  // Every §3, §8 and §9 feature is in formulas; a future input the Calculation sheet does not
  // know yet is listed here so the export falls back to pasted values instead of wrong formulas.
  return scenario.platforms.some((p) => Object.values(p.throughput).some((t) => !['all', 'byClass', 'curve'].includes(throughputForm(t).kind))) ? ['an unknown throughput form'] : [];
}
