// Spec §9 for a rented platform with an auto fleet: reserved nodes at their own price, beside on-demand nodes.
import './editorV2.css';
import { Decimal } from '@tokenplan/model';
import { useDocValue, useEditor } from './EditorContext';
import { NumberField } from './fields';
import { decimalOf } from './throughputForms';

/** What turning reservations on fills in: one node at 70 % of the on-demand price (a typical 1-year reserved discount). */
export function reservedDefaults(onDemandPrice: unknown): { nodes: number; pricePerGpuHour: string } {
  const price = decimalOf(onDemandPrice) ?? new Decimal('2.2');
  return { nodes: 1, pricePerGpuHour: price.times('0.7').toDecimalPlaces(2).toFixed() };
}

export function ReservedCapacityFields({ index }: { index: number }) {
  const { change, readOnly } = useEditor();
  const base = ['platforms', index, 'acquisition'] as const;
  const reserved = useDocValue([...base, 'reserved']);
  const price = useDocValue([...base, 'pricePerGpuHour']);
  const fleetMode = useDocValue(['platforms', index, 'fleet', 'mode']);
  const on = reserved !== undefined && reserved !== null;
  const id = `f-platforms-${index}-acquisition-reserved`;
  if (fleetMode !== 'auto' && !on) {
    return <p className="muted small empty-note">Reserved nodes apply to auto fleets; a fixed rented fleet is already a reserved commitment.</p>;
  }
  return (
    <div className="reserved-capacity">
      <label className="check-field" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          data-path={`platforms[${index}].acquisition.reserved`}
          checked={on}
          disabled={readOnly}
          onChange={(e) => change([...base, 'reserved'], e.target.checked ? reservedDefaults(price) : undefined)}
        />
        <span>Reserve nodes (paid every month, at their own price; on-demand above them)</span>
      </label>
      {on ? (
        <div className="field-grid">
          <NumberField path={[...base, 'reserved', 'nodes']} integer />
          <NumberField path={[...base, 'reserved', 'pricePerGpuHour']} />
        </div>
      ) : null}
      {on && fleetMode !== 'auto' ? <p className="field-error" role="alert">Reserved nodes apply to auto fleets only: switch the fleet to auto or turn reservations off.</p> : null}
    </div>
  );
}
