import './editorV2.css';
import { useDocValue, useEditor } from './EditorContext';
import { EditorSection } from './EditorSection';
import { NumberField, TextField } from './fields';
import { newApiOption, uniqueId } from './newItems';
import { asList } from './documentPath';
import { renameTargetId } from './renameId';

/** What turning a commitment on fills in: $10,000 a month committed for 10 % off usage. */
export const COMMITMENT_DEFAULTS = { monthlyMinimum: '10000', discountPct: '0.1' } as const;

/** Token providers priced per million input and output tokens, with §9 token-class prices and commitments. */
export function ApiOptionsSection() {
  const { change, getDoc, readOnly } = useEditor();
  const options = asList(useDocValue(['apiOptions']));
  const add = () => change(['apiOptions'], [...options, newApiOption(uniqueId('api', options.map((o) => String(o['id'] ?? ''))))]);
  return (
    <EditorSection
      id="api-options"
      title="API options"
      description="Buying tokens from a provider: priced separately for input and output tokens (output often 4–8× input), with cheaper cached input, a batch discount and, optionally, a committed monthly spend."
      actions={readOnly ? null : <button type="button" className="button" onClick={add}>Add API option</button>}
    >
      {options.length === 0 ? (
        <p className="muted">No API options. Add one to compare buying tokens with running your own fleet.</p>
      ) : (
        <div className="table-scroll">
          <table className="edit-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">Input price ($/M tokens)</th>
                <th scope="col">Output price ($/M tokens)</th>
                <th scope="col">Price decline (%/yr)</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {options.map((option, i) => {
                const label = String(option['name'] || `API option ${i + 1}`);
                return [
                  <tr key={`${i}-main`}>
                    <td><TextField path={['apiOptions', i, 'name']} label={`Name of API option ${i + 1}`} compact /></td>
                    <td><TextField path={['apiOptions', i, 'id']} of={label} compact onText={(id) => change([], renameTargetId(getDoc(), 'api', i, id))} /></td>
                    <td><NumberField path={['apiOptions', i, 'inputPricePerMTokens']} of={label} compact /></td>
                    <td><NumberField path={['apiOptions', i, 'outputPricePerMTokens']} of={label} compact /></td>
                    <td><NumberField path={['apiOptions', i, 'annualPriceDecline']} of={label} compact /></td>
                    <td>
                      {readOnly ? null : (
                        <button type="button" className="button button--quiet" aria-label={`Remove ${label}`} onClick={() => change(['apiOptions'], options.filter((_, j) => j !== i))}>
                          ×
                        </button>
                      )}
                    </td>
                  </tr>,
                  <tr key={`${i}-details`} className="app-details-row">
                    <td colSpan={6}>
                      <ApiOptionDetails index={i} label={label} />
                    </td>
                  </tr>,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
    </EditorSection>
  );
}

/** Prices by token class (cached input, batch) and the spend commitment of one option. */
function ApiOptionDetails({ index, label }: { index: number; label: string }) {
  const { change, readOnly } = useEditor();
  const base = ['apiOptions', index] as const;
  const commitment = useDocValue([...base, 'commitment']);
  const on = commitment !== undefined && commitment !== null;
  const id = `f-apiOptions-${index}-commitment`;
  return (
    <div className="app-details" role="group" aria-label={`Token-class prices and commitment of ${label}`}>
      <fieldset className="field-group">
        <legend>Prices by token class</legend>
        <div className="field-grid">
          <NumberField path={[...base, 'cachedInputPricePerMTokens']} of={label} optional placeholder="= input price" />
          <NumberField path={[...base, 'batchDiscount']} of={label} optional placeholder="0" />
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>Spend commitment</legend>
        <label className="check-field" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            data-path={`apiOptions[${index}].commitment`}
            checked={on}
            disabled={readOnly}
            onChange={(e) => change([...base, 'commitment'], e.target.checked ? { ...COMMITMENT_DEFAULTS } : undefined)}
          />
          <span>Commit to a monthly minimum for a discount on usage</span>
        </label>
        {on ? (
          <div className="field-grid">
            <NumberField path={[...base, 'commitment', 'monthlyMinimum']} of={label} />
            <NumberField path={[...base, 'commitment', 'discountPct']} of={label} />
          </div>
        ) : (
          <p className="muted small empty-note">Off: pay as you go, no minimum.</p>
        )}
      </fieldset>
    </div>
  );
}
