import { formatMonth } from '../format';

export interface TooltipRow {
  name: string;
  value: string;
  color: string;
}

interface PayloadEntry {
  name?: unknown;
  value?: unknown;
  color?: unknown;
  dataKey?: unknown;
}

/**
 * A compact, legible tooltip for every chart: the period as a heading, one line per series with
 * its colour swatch, values formatted by `format` (per data key).
 */
export function makeTooltip(format: (value: number, dataKey: string) => string, labelIsMonth = true) {
  return function ChartTooltipContent(props: { active?: boolean; payload?: readonly PayloadEntry[]; label?: unknown }) {
    const { active, payload, label } = props;
    if (!active || !payload || payload.length === 0) return null;
    const rows = payload
      .filter((p) => p.value !== null && p.value !== undefined)
      .map((p) => ({
        name: String(p.name ?? ''),
        value: format(Number(p.value), String(p.dataKey ?? '')),
        color: typeof p.color === 'string' ? p.color : '#16212e',
      }));
    return (
      <div className="tp-tooltip">
        <div className="tp-tooltip__label">{labelIsMonth ? formatMonth(String(label)) : String(label)}</div>
        {rows.map((r) => (
          <div className="tp-tooltip__row" key={r.name}>
            <span className="tp-swatch" style={{ background: r.color }} aria-hidden="true" />
            <span className="tp-tooltip__name">{r.name}</span>
            <span className="tp-tooltip__value">{r.value}</span>
          </div>
        ))}
      </div>
    );
  };
}
