import { memo, useState } from 'react';
import { ApplicationDetails } from './ApplicationDetails';
import { fieldId } from './documentPath';
import { useDocValue, useEditor } from './EditorContext';
import { NumberField, SelectField, TextField, type Choice } from './fields';
import { pathSummary, targetOf, targetValue } from './servedByPath';

export const PRICE_TIERS: readonly { value: string; label: string }[] = [
  { value: '0', label: 'Free' },
  { value: '3', label: '$3' },
  { value: '6', label: '$6' },
  { value: '45', label: '$45' },
  { value: '150', label: '$150' },
];

const GROWTH_DEFAULTS: Record<string, (tokens: unknown) => Record<string, unknown>> = {
  compound: () => ({ type: 'compound', monthlyRate: '0.03' }),
  linear: () => ({ type: 'linear', monthlyIncrement: '1000000000' }),
  logistic: (tokens) => ({ type: 'logistic', capacity: String(BigInt(/^\d+$/.test(String(tokens)) ? String(tokens) : '1000000000') * 5n || 1000000000n), rate: '0.1' }),
};

/** Fields kept in the details row: an issue on one of them opens it, so the message shows at its field. */
const DETAIL_FIELDS = [
  'seats',
  'revenuePerSeatMonth',
  'cachedInputShare',
  'batchShare',
  'minInteractivity',
  'outputShare',
  'annualPriceErosion',
  'tokensPerQuery',
  'queriesPerTask',
  'id',
] as const;

interface ApplicationRowProps {
  index: number;
  application: Record<string, unknown>;
  servedByChoices: readonly Choice[];
  /** Short name of a served-by choice value ('platform:h100' → 'H100 fleet'), for the path summary. */
  targetName: (value: string) => string;
  onRemove: (index: number) => void;
}

/**
 * One application in the applications table: the essentials in one row that fits a 1440 px screen
 * (name, team, model, served by, demand, growth, price; big numbers compact until focused), the
 * rest (output share, erosion, tokens per query, queries per task, id and the §8/§9 fields) in the
 * details row below ("More").
 */
export const ApplicationRow = memo(function ApplicationRow({ index, application, servedByChoices, targetName, onRemove }: ApplicationRowProps) {
  const { change, issueUnder, readOnly } = useEditor();
  const [expanded, setExpanded] = useState(false);
  const start = useDocValue(['start']);
  const base = ['applications', index] as const;
  const name = String(application['name'] || `Application ${index + 1}`);
  const servedBy = application['servedBy'];
  const schedule = Array.isArray(servedBy);
  const servedValue = schedule ? '' : targetValue(servedBy);
  const seats = application['seats'] !== undefined;
  const detailIssue = DETAIL_FIELDS.some((f) => issueUnder([...base, f])) || (schedule && issueUnder([...base, 'servedBy']) !== undefined);
  const open = expanded || detailIssue;
  const detailsId = `${fieldId(base)}-details`;
  const bySeats = (
    <button type="button" className="link-button by-seats" onClick={() => setExpanded(true)} aria-label={`Demand of ${name} is sized by seats: show details`}>
      by seats
    </button>
  );
  const price = String(application['revenuePerMTokens'] ?? '');
  const tier = PRICE_TIERS.some((t) => t.value === price) ? price : 'custom';

  return (
    <>
      <tr>
        <th scope="row" className="sticky-col">
          <div className="name-cell">
            <TextField path={[...base, 'name']} label={`Name of application ${index + 1}`} compact />
            {/* In the sticky column, so the toggle stays in view however far the table scrolls. */}
            <button
              type="button"
              className="button button--quiet button--small details-toggle"
              aria-expanded={open}
              aria-controls={detailsId}
              aria-label={`More inputs of ${name}: output share, erosion, query size, id, seats, token classes, interactivity, migration path`}
              title="Output share, price erosion, tokens per query, queries per task, id, seats, token classes, interactivity SLA, migration path"
              onClick={() => setExpanded(!open)}
            >
              {open ? 'Less ▴' : 'More ▾'}
            </button>
          </div>
        </th>
        <td><TextField path={[...base, 'team']} of={name} compact /></td>
        <td><ModelField index={index} name={name} /></td>
        <td>
          {schedule ? (
            <button
              type="button"
              className="link-button path-summary"
              data-path={`applications[${index}].servedBy`}
              aria-label={`${name} served by migration path ${pathSummary(servedBy, targetName, start) ?? ''}: edit`}
              onClick={() => setExpanded(true)}
            >
              {pathSummary(servedBy, targetName, start)}
            </button>
          ) : (
            <SelectField
              path={[...base, 'servedBy']}
              label={`${name} served by`}
              value={servedValue}
              choices={servedByChoices}
              compact
              error={issueUnder([...base, 'servedBy'])}
              onSelect={(v) => change([...base, 'servedBy'], targetOf(v))}
            />
          )}
        </td>
        <td>{seats ? bySeats : <NumberField path={[...base, 'tokensMonth0']} of={name} compact short />}</td>
        <td>
          {seats ? bySeats : <GrowthCell index={index} name={name} application={application} />}
        </td>
        <td>
          <div className="cell-stack">
            <SelectField
              id={`${fieldId([...base, 'revenuePerMTokens'])}-tier`}
              label={`Price tier of ${name}`}
              value={tier}
              compact
              choices={[...PRICE_TIERS.map((t) => ({ value: t.value, label: `${t.label} / M tokens` })), { value: 'custom', label: 'Custom' }]}
              onSelect={(v) => v !== 'custom' && change([...base, 'revenuePerMTokens'], v)}
            />
            <NumberField path={[...base, 'revenuePerMTokens']} of={name} compact />
          </div>
        </td>
        <td>
          {readOnly ? null : (
            <button type="button" className="button button--quiet" aria-label={`Remove ${name}`} onClick={() => onRemove(index)}>
              ×
            </button>
          )}
        </td>
      </tr>
      {open ? (
        <tr className="app-details-row" id={detailsId}>
          <td colSpan={COLUMNS}>
            <ApplicationDetails index={index} name={name} seats={seats} choices={servedByChoices} />
          </td>
        </tr>
      ) : null}
    </>
  );
});

/** Columns of the applications table (ApplicationsSection's header). */
export const COLUMNS = 8;

/** Growth of token demand: the model and its parameter(s). */
function GrowthCell({ index, name, application }: { index: number; name: string; application: Record<string, unknown> }) {
  const { change } = useEditor();
  const base = ['applications', index] as const;
  const growth = (application['growth'] ?? {}) as Record<string, unknown>;
  const growthType = String(growth['type'] ?? 'compound');
  return (
    <div className="cell-stack">
      <SelectField
        path={[...base, 'growth', 'type']}
        of={name}
        compact
        choices={[
          { value: 'compound', label: 'Compound' },
          { value: 'linear', label: 'Linear' },
          { value: 'logistic', label: 'Logistic (S-curve)' },
        ]}
        onSelect={(v) => change([...base, 'growth'], (GROWTH_DEFAULTS[v] ?? GROWTH_DEFAULTS['compound'])?.(application['tokensMonth0']))}
      />
      {growthType === 'compound' ? <NumberField path={[...base, 'growth', 'monthlyRate']} of={name} compact /> : null}
      {growthType === 'linear' ? <NumberField path={[...base, 'growth', 'monthlyIncrement']} of={name} compact short /> : null}
      {growthType === 'logistic' ? (
        <>
          <NumberField path={[...base, 'growth', 'capacity']} of={name} compact short />
          {/* Shown in %/month like compound growth (stored as a rate per month: 10 = 0.1). */}
          <NumberField path={[...base, 'growth', 'rate']} of={name} unit="%/mo" compact />
        </>
      ) : null}
    </div>
  );
}

function ModelField({ index, name }: { index: number; name: string }) {
  return <TextField path={['applications', index, 'model']} of={name} compact placeholder="model id" list="model-ids" />;
}
