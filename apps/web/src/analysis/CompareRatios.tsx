import { scenarioColor } from '../charts';
import { formatRatio } from '../format';
import { ratio, RATIO_KPIS, type CompareItem } from './compareModel';

export interface RatioScenario {
  it: CompareItem;
  /** Its place in the compare list (its colour). */
  index: number;
}

/**
 * Each other scenario's KPIs ÷ the baseline's: a table (a column per scenario) on a wide screen; on a
 * phone (≤ 760 px, analysis.css) a card per scenario with every ratio on its own row, so nothing scrolls
 * sideways. Only one of the two is displayed (and read by a screen reader) at a time.
 */
export function CompareRatios({ others, baseline }: { others: readonly RatioScenario[]; baseline: CompareItem }) {
  const b = baseline.projection.kpis;
  const value = (it: CompareItem, key: (typeof RATIO_KPIS)[number]['key']) => formatRatio(ratio(it.projection.kpis[key], b[key]));
  return (
    <>
      <div className="tp-table-wrap tp-table-wrap--fit tp-ratio-table">
        <table className="tp-table tp-table--compact" aria-label="Ratios to the baseline">
          <thead>
            <tr>
              <th scope="col">Ratio</th>
              {others.map(({ it, index }) => (
                <th scope="col" key={it.id}>
                  <ScenarioHead name={`${it.name} ÷ ${baseline.name}`} index={index} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {RATIO_KPIS.map((r) => (
              <tr key={r.key} data-ratio={r.key}>
                <th scope="row">{r.label}</th>
                {others.map(({ it }) => (
                  <td key={it.id}>{value(it, r.key)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="tp-ratio-cards" aria-labelledby="tp-ratio-cards-title">
        <h2 id="tp-ratio-cards-title" className="tp-ratio-cards__title">
          Ratios to the baseline
        </h2>
        {others.map(({ it, index }) => (
          <section key={it.id} className="tp-ratio-card" aria-label={`${it.name} ÷ ${baseline.name}`} data-ratio-card={it.id}>
            <h3 className="tp-ratio-card__title">
              <ScenarioHead name={`${it.name} ÷ ${baseline.name}`} index={index} />
            </h3>
            <dl>
              {RATIO_KPIS.map((r) => (
                <div key={r.key} className="tp-ratio-card__row" data-ratio-row={r.key}>
                  <dt>{r.label}</dt>
                  <dd>{value(it, r.key)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </section>
    </>
  );
}

export function ScenarioHead({ name, index, baseline }: { name: string; index: number; baseline?: boolean }) {
  return (
    <span className="tp-scenario-head">
      <span className="tp-swatch" style={{ background: scenarioColor(index) }} aria-hidden="true" />
      {name}
      {baseline && <span className="tp-baseline-tag">Baseline</span>}
    </span>
  );
}
