// An owned platform's §8 capital lines by cohort (docs/model.md §12). Column s of the per-cohort
// rows is the cohort entering service in month s: q(s) = N(s) − alive(s) nodes, paid in
// max(0, s − lag); its depreciation and capital charge run for min(n, life) months from s
// (a SUMPRODUCT over the cohorts of the last min(n, life) months); it leaves at s + life with its
// book value (disposal proceeds), or is valued at H−1 (terminal value); tax depreciation is the
// bonus in s plus book or MACRS-5 charges; the tax basis left is released where the cohort exits.
import type { Platform, Scenario } from '../../model';
import { FMT, type Calc, type Col } from './calc';
import type { Cached } from './shared';

/** The MACRS 5-year half-year table (spec §8), tax year j's share of the depreciable rest. */
const MACRS5 = [0.2, 0.32, 0.192, 0.1152, 0.1152, 0.0576];

export function addCohortRows(calc: Calc, scenario: Scenario, index: number, cached: Cached): void {
  const p = scenario.platforms[index] as Platform;
  const k = (line: string) => `platform:${p.id}:${line}`;
  const at = (line: string, c: Col) => calc.at(k(line), c);
  const inp = (field: string) => calc.in(`platforms[${index}].${field}`);
  const v = (line: string) => cached.platform(index, line);
  const t = (c: Col) => calc.t(c);
  const H = calc.H;
  const life = p.usefulLifeMonths === undefined ? null : inp('usefulLifeMonths');
  const lag = calc.inOr(`platforms[${index}].deploymentLagMonths`, '0');
  const n = inp('depreciationMonths');
  const share = `(1-${inp('residualValuePct')})`;
  const tRow = calc.span('t');

  calc.line(k('nodesOrdered'), 'Nodes ordered = Σ q(s) paid this month, s − lag ↦ max(0, s − lag)', 'nodes', FMT.count, (c) =>
    c.t === 0 ? `SUMPRODUCT(${calc.span(k('entering'))},--(${tRow}<=${lag}))` : `IF(${t(c)}+${lag}<=${H - 1},INDEX(${calc.span(k('entering'))},1,${t(c)}+${lag}+1),0)`, v('nodesOrdered'));
  calc.line(k('capex'), 'Capex = nodes ordered · capex per node', 'USD', FMT.money, (c) => `${at('nodesOrdered', c)}*${inp('capexPerNode')}`, v('capex'));
  calc.line(k('cohortCapex'), 'Cohort capex (cohort entering service this month) = q · capex per node', 'USD', FMT.money, (c) => `${at('entering', c)}*${inp('capexPerNode')}`);
  calc.line(k('nodesRetired'), 'Nodes retired = q(t − life)', 'nodes', FMT.count, (c) => (life === null ? '0' : `IF(${t(c)}>=${life},INDEX(${calc.span(k('entering'))},1,${t(c)}-${life}+1),0)`), v('nodesRetired'));
  // Charged months of a cohort: min(n, life).
  const months = life === null ? n : `MIN(${n},${life})`;
  const window = (c: Col) => `SUMPRODUCT(${calc.span(k('cohortCapex'))},--(${tRow}<=${t(c)}),--(${tRow}>${t(c)}-${months}))`;
  calc.line(k('depreciation'), 'Depreciation = Σ cohorts in their first min(n, life) months · (1 − residual) / n', 'USD', FMT.money, (c) => `${window(c)}*${share}/${n}`, v('depreciation'));
  const m = `${calc.namePrefix}MonthlyDiscountRate`;
  const g1 = `(POWER(1+${m},${n})-1)`;
  calc.line(k('chargeFactor'), 'Capital charge per $ of capex = m·(g − 1 + 1 − residual)/(g − 1), g = (1+m)^n (1/n·(1 − residual) at m = 0)', 'per month', FMT.decimal, () =>
    `IF(${m}=0,${share}/${n},${m}*(${g1}+${share})/${g1})`);
  calc.line(k('capitalCharge'), 'Capital charge = Σ cohorts in their first min(n, life) months · factor', 'USD', FMT.money, (c) => `${window(c)}*${at('chargeFactor', c)}`, v('capitalCharge'));

  // Per cohort (column s): does it exit inside the horizon, after how many months, with what book value.
  const exits = (c: Col) => (life === null ? '0' : `--(${t(c)}+${life}<${H})`);
  calc.line(k('disposed'), 'Cohort retires inside the horizon (1/0)', 'flag', FMT.count, exits);
  calc.line(k('heldMonths'), 'Months the cohort is held: life if it retires inside the horizon, else H − s', 'months', FMT.count, (c) =>
    life === null ? `${H}-${t(c)}` : `IF(${at('disposed', c)}=1,${life},${H}-${t(c)})`);
  calc.line(k('bookAtExit'), 'Book value at exit = capex · (1 − (1 − residual) · min(held, n) / n)', 'USD', FMT.money, (c) =>
    `${at('cohortCapex', c)}*(1-${share}*MIN(${at('heldMonths', c)},${n})/${n})`);
  calc.line(k('disposalProceeds'), 'Disposal proceeds = book value of the cohort retiring (q(t − life))', 'USD', FMT.money, (c) =>
    life === null ? '0' : `IF(${t(c)}>=${life},INDEX(${calc.span(k('bookAtExit'))},1,${t(c)}-${life}+1),0)`, v('disposalProceeds'));
  const tv = scenario.terminalValue === 'bookValue';
  calc.line(k('terminalValue'), `Terminal value${tv ? ' (book value): at H−1, Σ book value of cohorts still held' : ': none'}`, 'USD', FMT.money, (c) =>
    !tv || c.t !== H - 1 ? '0' : `SUMPRODUCT(${calc.span(k('bookAtExit'))},1-${calc.span(k('disposed'))})`, v('terminalValue'));
  addTaxRows(calc, scenario, index, { window, months, life, n, share, exits: tv });
}

interface TaxContext {
  window: (c: Col) => string;
  months: string;
  life: string | null;
  n: string;
  share: string;
  exits: boolean;
}

/** Tax depreciation (bonus + book / MACRS-5) and the tax basis released where a cohort exits. */
function addTaxRows(calc: Calc, scenario: Scenario, index: number, x: TaxContext): void {
  const p = scenario.platforms[index] as Platform;
  const k = (line: string) => `platform:${p.id}:${line}`;
  const at = (line: string, c: Col) => calc.at(k(line), c);
  const t = (c: Col) => calc.t(c);
  const tax = scenario.tax;
  if (!tax) {
    calc.line(k('taxDepreciation'), 'Tax depreciation (no tax)', 'USD', FMT.money, () => '0');
    calc.line(k('taxBasisReleased'), 'Tax basis released (no tax)', 'USD', FMT.money, () => '0');
    return;
  }
  const bonus = calc.in('tax.bonusPct');
  const tRow = calc.span('t');
  const cc = calc.span(k('cohortCapex'));
  const macrs = tax.depreciation === 'macrs5';
  // MACRS: tax year j of cohort s covers s + 12j … s + 12j + 11, stopped at s + life.
  const macrsAt = (c: Col) =>
    MACRS5.map((sh, j) => {
      const alive = x.life === null ? '' : `,--(${tRow}>${t(c)}-${x.life})`;
      return `${sh}*SUMPRODUCT(${cc},--(${tRow}<=${t(c)}-${12 * j}),--(${tRow}>${t(c)}-${12 * j + 12})${alive})`;
    }).join('+');
  calc.line(k('taxDepreciation'), `Tax depreciation = bonus · capex in the service month + ${macrs ? 'MACRS-5 (20, 32, 19.2, 11.52, 11.52, 5.76 % a tax year, /12 a month)' : 'book: (1 − bonus) · capex · (1 − residual) / n'}`, 'USD', FMT.money, (c) =>
    `${bonus}*${at('cohortCapex', c)}+(1-${bonus})*${macrs ? `(${macrsAt(c)})/12` : `${x.window(c)}*${x.share}/${x.n}`}`);
  // Tax charged to a cohort over its held months: bonus + the rest's charges for min(held, …) months.
  const charged = (c: Col) => {
    const held = at('heldMonths', c);
    const rest = `(1-${bonus})*${at('cohortCapex', c)}`;
    if (!macrs) return `${bonus}*${at('cohortCapex', c)}+${rest}*${x.share}*MIN(${held},${x.n})/${x.n}`;
    return `${bonus}*${at('cohortCapex', c)}+${rest}*(${MACRS5.map((sh, j) => `${sh}*MAX(0,MIN(12,${held}-${12 * j}))`).join('+')})/12`;
  };
  calc.line(k('taxBasisAtExit'), 'Tax basis left at exit = capex − tax depreciation over the held months', 'USD', FMT.money, (c) => `${at('cohortCapex', c)}-(${charged(c)})`);
  calc.line(k('taxBasisReleased'), 'Tax basis released (retiring cohort; at H−1 the cohorts valued)', 'USD', FMT.money, (c) => {
    const parts: string[] = [];
    if (x.life !== null) parts.push(`IF(${t(c)}>=${x.life},INDEX(${calc.span(k('taxBasisAtExit'))},1,${t(c)}-${x.life}+1),0)`);
    if (x.exits && c.t === calc.H - 1) parts.push(`SUMPRODUCT(${calc.span(k('taxBasisAtExit'))},1-${calc.span(k('disposed'))})`);
    return parts.length === 0 ? '0' : parts.join('+');
  });
}
