import { OUTPUT_LABELS, platformKpiRows } from '@tokenplan/model';
import { formatCount, formatMoney, formatUnitPrice } from '../format';
import { platformColor } from '../charts/palette';
import { InfoTip } from './InfoTip';
import type { ProjectionView, ScenarioView } from './types';

const head = (field: 'gpuHours' | 'capitalCharge' | 'nodesOrdered' | 'nodesRetired') => (
  <th scope="col">
    <span className="tp-scenario-head tp-head--end">
      {OUTPUT_LABELS[field].label}
      <InfoTip label={OUTPUT_LABELS[field].label}>{OUTPUT_LABELS[field].description}</InfoTip>
    </span>
  </th>
);

/**
 * §8: per platform over the horizon, the all-in cost of a GPU-hour in service (energy, hosting,
 * maintenance, capital charge, rental), beside what it is made of. Nothing when the projection
 * has no per-platform KPIs (made before §8).
 */
export function PlatformCostTable({ projection, scenario }: { projection: ProjectionView; scenario?: ScenarioView | undefined }) {
  const rows = platformKpiRows(projection, scenario);
  if (rows.length === 0) return null;
  const allIn = OUTPUT_LABELS.allInCostPerGpuHour;
  const index = new Map((scenario?.platforms ?? []).map((p, i) => [p.id, i]));
  return (
    <section className="tp-allin" aria-label="All-in cost per GPU-hour">
      <div className="tp-allin__head">
        <h3 className="tp-chart__title">All-in $/GPU-hour</h3>
        <p className="tp-chart__subtitle">Per platform over the horizon: the figure to hold against a rental quote or a vendor’s $/GPU-hour.</p>
      </div>
      <div className="tp-table-wrap tp-table-wrap--fit">
        <table className="tp-table tp-table--compact">
          <thead>
            <tr>
              <th scope="col">Platform</th>
              <th scope="col">
                <span className="tp-scenario-head tp-head--end">
                  {allIn.label}
                  <InfoTip label={allIn.label}>{allIn.description}</InfoTip>
                </span>
              </th>
              {head('gpuHours')}
              {head('capitalCharge')}
              {head('nodesOrdered')}
              {head('nodesRetired')}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id} data-platform-kpi={r.id}>
                <th scope="row">
                  <span className="tp-scenario-head">
                    <span className="tp-swatch" style={{ background: platformColor(index.get(r.id) ?? i) }} aria-hidden="true" />
                    {r.name}
                  </span>
                </th>
                <td className="tp-allin__value">{r.allInCostPerGpuHour === null ? '—' : `${formatUnitPrice(r.allInCostPerGpuHour)}/GPU-h`}</td>
                <td>{formatCount(r.gpuHours)}</td>
                <td>{formatMoney(r.capitalCharge)}</td>
                <td>{formatCount(r.nodesOrdered)}</td>
                <td>{formatCount(r.nodesRetired)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
