import { memo } from 'react';
import { useEditor } from './EditorContext';
import { FleetEditor } from './FleetEditor';
import { NumberField, SelectField, TextField } from './fields';
import { OwnedLifecycleFields } from './OwnedLifecycleFields';
import { renameTargetId } from './renameId';
import { ReservedCapacityFields } from './ReservedCapacityFields';
import { SoftwareCurveEditor } from './SoftwareCurveEditor';
import { ThroughputEditor } from './ThroughputEditor';

/** Why a rented platform asks for power at all: not for cost (its price includes the power bill). */
export const RENTED_POWER_HINT = 'Used for energy, joules per token and tokens per MWh; the rental price already includes the power bill';

interface PlatformCardProps {
  index: number;
  platform: Record<string, unknown>;
  onRemove: (index: number) => void;
}

/** Memoised: editing one platform (or anything else) leaves the other cards as they are. */
export const PlatformCard = memo(function PlatformCard({ index, platform, onRemove }: PlatformCardProps) {
  const { change, getDoc, readOnly } = useEditor();
  const base = ['platforms', index] as const;
  const acquisition = platform['acquisition'] as { type?: string } | undefined;
  const rented = acquisition?.type === 'rent';
  const name = typeof platform['name'] === 'string' && platform['name'] !== '' ? platform['name'] : `Platform ${index + 1}`;
  const setAcquisition = (type: string) =>
    change([...base, 'acquisition'], type === 'rent' ? { type: 'rent', pricePerGpuHour: '2.2', annualPriceDecline: '0.15' } : { type: 'own' });

  return (
    <article className="platform-card" aria-label={`Platform ${name}`}>
      <header className="platform-card-head">
        <h3>{name}</h3>
        <span className={`badge ${rented ? 'badge--rent' : 'badge--own'}`}>{rented ? 'Rented' : 'Owned'}</span>
        {readOnly ? null : (
          <button type="button" className="button button--quiet button--danger" onClick={() => onRemove(index)} aria-label={`Remove platform ${name}`}>
            Remove
          </button>
        )}
      </header>
      <div className="field-grid">
        <TextField path={[...base, 'name']} />
        <TextField path={[...base, 'id']} onText={(id) => change([], renameTargetId(getDoc(), 'platform', index, id))} />
        <SelectField
          path={[...base, 'acquisition', 'type']}
          choices={[
            { value: 'own', label: 'Owned (capex, depreciated)' },
            { value: 'rent', label: 'Rented (price per GPU-hour)' },
          ]}
          onSelect={setAcquisition}
        />
        <NumberField path={[...base, 'gpusPerNode']} integer />
        <NumberField path={[...base, 'powerKwPerNode']} hint={rented ? RENTED_POWER_HINT : undefined} />
        <NumberField path={[...base, 'idlePowerFraction']} hint={rented ? RENTED_POWER_HINT : undefined} />
        <NumberField path={[...base, 'powerCapKw']} optional />
      </div>
      {rented ? (
        <fieldset className="field-group">
          <legend>Rental</legend>
          <div className="field-grid">
            <NumberField path={[...base, 'acquisition', 'pricePerGpuHour']} />
            <NumberField path={[...base, 'acquisition', 'annualPriceDecline']} />
          </div>
          <ReservedCapacityFields index={index} />
        </fieldset>
      ) : (
        <fieldset className="field-group">
          <legend>Ownership</legend>
          <div className="field-grid">
            <NumberField path={[...base, 'capexPerNode']} />
            <NumberField path={[...base, 'maintenancePctPerYear']} />
            <NumberField path={[...base, 'depreciationMonths']} integer />
            <NumberField path={[...base, 'residualValuePct']} />
            <OwnedLifecycleFields index={index} />
          </div>
        </fieldset>
      )}
      <div className="platform-card-columns">
        <ThroughputEditor base={[...base]} />
        <SoftwareCurveEditor base={[...base]} />
        <FleetEditor base={[...base]} />
      </div>
    </article>
  );
});
