import type { KpiCardSpec } from './kpiCards';
import { InfoTip } from './InfoTip';

/** One KPI: label with its definition tip, the value large, a secondary figure below. */
export function KpiCard({ spec }: { spec: KpiCardSpec }) {
  return (
    <div className="tp-kpi" data-kpi-card={spec.key}>
      <div className="tp-kpi__head">
        <span className="tp-kpi__label">{spec.label}</span>
        <InfoTip label={spec.label}>{spec.definition}</InfoTip>
      </div>
      <div className={`tp-kpi__value tp-tone--${spec.tone ?? 'neutral'}`}>{spec.value}</div>
      {spec.detail && <div className="tp-kpi__detail">{spec.detail}</div>}
    </div>
  );
}
