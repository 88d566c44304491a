// One API option's lines (spec §9 commitment, docs/model.md §13): usage at list price (Σ its
// applications' API usage), its cost max(minimum, usage · (1 − discount)) with a commitment,
// the unused commitment (its idle line), and what each dollar of usage is allocated
// (1 − discount; under "spread" cost / usage; 0 with no usage: the shortfall stays idle).
import type { ApiOption, Scenario } from '../../model';
import { FMT, sumOf, type Calc, type Col } from './calc';
import { applicationsOnApi, type Cached } from './shared';

export function addApiOptionRows(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const option = scenario.apiOptions[index] as ApiOption;
  const k = (line: string) => `api:${option.id}:${line}`;
  const at = (line: string, c: Col) => calc.at(k(line), c);
  const inp = (field: string) => calc.in(`apiOptions[${index}].${field}`);
  calc.section(`API option: ${option.name} (${option.id})${option.commitment ? ', with a commitment' : ''}`);
  const apps = applicationsOnApi(scenario, option.id);
  calc.line(k('usage'), 'Usage at list price = Σ its applications’ API usage', 'USD', FMT.money, (c) => sumOf(apps.map((a) => calc.at(`application:${a.id}:apiCost:x:${option.id}`, c))));
  const commitment = option.commitment;
  const keep = commitment ? `(1-${inp('commitment.discountPct')})` : '1';
  calc.line(k('cost'), commitment ? 'Cost = max(monthly minimum, usage · (1 − discount))' : 'Cost = usage', 'USD', FMT.money, (c) =>
    commitment ? `MAX(${inp('commitment.monthlyMinimum')},${at('usage', c)}*${keep})` : at('usage', c), cached.api(option.id, 'cost'));
  calc.line(k('unusedCommitment'), 'Unused commitment = cost − usage · (1 − discount)', 'USD', FMT.money, (c) => (commitment ? `${at('cost', c)}-${at('usage', c)}*${keep}` : '0'), cached.api(option.id, 'unusedCommitment'));
  const spread = scenario.idlePolicy === 'spread';
  calc.line(k('perUsage'), `Allocated per $ of usage (${spread ? 'spread: cost / usage' : '1 − discount'}; 0 without usage)`, '×', FMT.ratio, (c) =>
    `IF(${at('usage', c)}=0,0,${spread ? `${at('cost', c)}/${at('usage', c)}` : keep})`);
  calc.line(k('idle'), 'Idle (unused commitment not allocated)', 'USD', FMT.money, (c) => `${at('cost', c)}-${at('usage', c)}*${at('perUsage', c)}`);
}
