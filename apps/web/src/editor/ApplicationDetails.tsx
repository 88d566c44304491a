// The per-application details row: the §2 inputs that do not fit the row (output share, price
// erosion, query size, id), and (spec §8/§9) demand basis (tokens or seats), token classes, the
// interactivity SLA and the migration path.
import { getIn } from './documentPath';
import { useEditor } from './EditorContext';
import { NumberField, TextField, type Choice } from './fields';
import { MigrationPath } from './MigrationPath';
import { withDemandBasis } from './newItems';

interface ApplicationDetailsProps {
  index: number;
  name: string;
  seats: boolean;
  choices: readonly Choice[];
}

export function ApplicationDetails({ index, name, seats, choices }: ApplicationDetailsProps) {
  const base = ['applications', index] as const;
  return (
    <div className="app-details" role="group" aria-label={`Details of ${name}`}>
      <fieldset className="field-group app-details-usage">
        <legend>Tokens and price</legend>
        <div className="field-grid">
          <NumberField path={[...base, 'outputShare']} />
          <NumberField path={[...base, 'annualPriceErosion']} />
          <NumberField path={[...base, 'tokensPerQuery']} />
          <NumberField path={[...base, 'queriesPerTask']} />
          <TextField path={[...base, 'id']} />
        </div>
      </fieldset>
      <fieldset className="field-group app-details-demand">
        <legend>Demand</legend>
        <DemandBasis index={index} name={name} seats={seats} />
        {seats ? (
          <div className="field-grid">
            <NumberField path={[...base, 'seats', 'seatsMonth0']} unit="seats" />
            <NumberField path={[...base, 'seats', 'monthlyGrowth']} />
            <NumberField path={[...base, 'seats', 'tokensPerSeatMonth0']} />
            <NumberField path={[...base, 'seats', 'tokensPerSeatAnnualGrowth']} />
            <NumberField path={[...base, 'revenuePerSeatMonth']} optional placeholder="0" />
          </div>
        ) : (
          <p className="muted small empty-note">Tokens per month at start and growth are in the row above.</p>
        )}
      </fieldset>
      <div className="app-details-side">
        <div className="app-details-pair">
          <fieldset className="field-group">
            <legend>Token classes</legend>
            <div className="field-grid">
              <NumberField path={[...base, 'cachedInputShare']} optional placeholder="0" />
              <NumberField path={[...base, 'batchShare']} optional placeholder="0" />
            </div>
          </fieldset>
          <fieldset className="field-group">
            <legend>Service level</legend>
            <div className="field-grid">
              <NumberField path={[...base, 'minInteractivity']} unit="tok/s per user" optional />
            </div>
          </fieldset>
        </div>
        <MigrationPath index={index} name={name} choices={choices} />
      </div>
    </div>
  );
}

/** Tokens or Seats, as a two-button segmented control (aria-pressed). */
function DemandBasis({ index, name, seats }: { index: number; name: string; seats: boolean }) {
  const { change, getDoc, readOnly } = useEditor();
  const path = ['applications', index] as const;
  const pick = (basis: 'tokens' | 'seats') => {
    if ((basis === 'seats') === seats) return;
    const application = getIn(getDoc(), path) as Record<string, unknown>;
    change(path, withDemandBasis(application, basis));
  };
  return (
    <div className="field">
      <span aria-hidden="true">Demand sized by</span>
      <div className="segmented" role="group" aria-label={`Demand of ${name} sized by`}>
        {(['tokens', 'seats'] as const).map((basis) => (
          <button key={basis} type="button" aria-pressed={(basis === 'seats') === seats} disabled={readOnly} onClick={() => pick(basis)}>
            {basis === 'tokens' ? 'Tokens' : 'Seats'}
          </button>
        ))}
      </div>
    </div>
  );
}
