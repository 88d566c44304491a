import type { KpiCardSpec } from './kpiCards';
import { InfoTip } from './InfoTip';

/** One KPI: label with its definition tip, the value large, a secondary figure below. */
export function KpiCard({ spec }: { spec: KpiCardSpec }) {
  return (
    <div className="tp-kpi" data-kpi-card={spec.key}>
      <div className="tp-kpi__head">
        <span className="tp-kpi__label">{spec.label}</span>
        <InfoTip label={spec.label}>{spec.note ? `${spec.note}. ${spec.definition}` : spec.definition}</InfoTip>
      </div>
      <div className={`tp-kpi__value${spec.pair ? ' tp-kpi__value--pair' : ''} tp-tone--${spec.tone ?? 'neutral'}`} title={spec.note}>
        {spec.value}
      </div>
      {spec.detail && <div className="tp-kpi__detail">{spec.detail}</div>}
    </div>
  );
}
