import { useDocValue, useEditor } from './EditorContext';
import { EditorSection } from './EditorSection';
import { NumberField, TextField } from './fields';
import { newApiOption, uniqueId } from './newItems';
import { asList } from './documentPath';

/** Token providers priced per million input and output tokens. */
export function ApiOptionsSection() {
  const { change, readOnly } = useEditor();
  const options = asList(useDocValue(['apiOptions']));
  const add = () => change(['apiOptions'], [...options, newApiOption(uniqueId('api', options.map((o) => String(o['id'] ?? ''))))]);
  return (
    <EditorSection
      id="api-options"
      title="API options"
      description="Buying tokens from a provider: priced separately for input and output tokens (output often 4–8× input)."
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
                return (
                  <tr key={i}>
                    <td><TextField path={['apiOptions', i, 'name']} label={`Name of API option ${i + 1}`} compact /></td>
                    <td><TextField path={['apiOptions', i, 'id']} of={label} compact /></td>
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
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </EditorSection>
  );
}
