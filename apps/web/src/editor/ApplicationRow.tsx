import { memo } from 'react';
import { fieldId } from './documentPath';
import { useEditor } from './EditorContext';
import { NumberField, SelectField, TextField, type Choice } from './fields';

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

interface ApplicationRowProps {
  index: number;
  application: Record<string, unknown>;
  servedByChoices: readonly Choice[];
  onRemove: (index: number) => void;
}

/** One application in the applications table: every field of spec §2 in one row. */
export const ApplicationRow = memo(function ApplicationRow({ index, application, servedByChoices, onRemove }: ApplicationRowProps) {
  const { change, issueUnder, readOnly } = useEditor();
  const base = ['applications', index] as const;
  const name = String(application['name'] || `Application ${index + 1}`);
  const servedBy = (application['servedBy'] ?? {}) as Record<string, string>;
  const servedValue = servedBy['platform'] !== undefined ? `platform:${servedBy['platform']}` : servedBy['api'] !== undefined ? `api:${servedBy['api']}` : '';
  const growth = (application['growth'] ?? {}) as Record<string, unknown>;
  const growthType = String(growth['type'] ?? 'compound');
  const price = String(application['revenuePerMTokens'] ?? '');
  const tier = PRICE_TIERS.some((t) => t.value === price) ? price : 'custom';

  return (
    <tr>
      <th scope="row" className="sticky-col">
        <TextField path={[...base, 'name']} label={`Name of application ${index + 1}`} compact />
      </th>
      <td><TextField path={[...base, 'team']} of={name} compact /></td>
      <td><ModelField index={index} name={name} /></td>
      <td>
        <SelectField
          path={[...base, 'servedBy']}
          label={`${name} served by`}
          value={servedValue}
          choices={servedByChoices}
          compact
          error={issueUnder([...base, 'servedBy'])}
          onSelect={(v) => {
            const [kind, ...rest] = v.split(':');
            change([...base, 'servedBy'], { [kind === 'api' ? 'api' : 'platform']: rest.join(':') });
          }}
        />
      </td>
      <td><NumberField path={[...base, 'tokensMonth0']} of={name} compact /></td>
      <td><NumberField path={[...base, 'outputShare']} of={name} compact /></td>
      <td>
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
          {growthType === 'linear' ? <NumberField path={[...base, 'growth', 'monthlyIncrement']} of={name} compact /> : null}
          {growthType === 'logistic' ? (
            <>
              <NumberField path={[...base, 'growth', 'capacity']} of={name} compact />
              <NumberField path={[...base, 'growth', 'rate']} of={name} unit="/mo" compact />
            </>
          ) : null}
        </div>
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
      <td><NumberField path={[...base, 'annualPriceErosion']} of={name} compact /></td>
      <td><NumberField path={[...base, 'tokensPerQuery']} of={name} compact /></td>
      <td><NumberField path={[...base, 'queriesPerTask']} of={name} compact /></td>
      <td><TextField path={[...base, 'id']} of={name} compact /></td>
      <td>
        {readOnly ? null : (
          <button type="button" className="button button--quiet" aria-label={`Remove ${name}`} onClick={() => onRemove(index)}>
            ×
          </button>
        )}
      </td>
    </tr>
  );
});

function ModelField({ index, name }: { index: number; name: string }) {
  return <TextField path={['applications', index, 'model']} of={name} compact placeholder="model id" list="model-ids" />;
}
