// Spec §8 at scenario level: what the plan earns (revenue or a cost budget), what the fleet is
// worth at the horizon, and income tax with its depreciation schedule.
import { useDocValue, useEditor } from './EditorContext';
import { EditorSection } from './EditorSection';
import { NumberField, SelectField } from './fields';
import './editorV2.css';

/** What turning tax on fills in: US federal rate, MACRS 5-year (the US class of servers), no bonus. */
export const TAX_DEFAULTS = { rate: '0.21', depreciation: 'macrs5', bonusPct: '0' } as const;

export function CapitalSection() {
  return (
    <EditorSection
      id="capital"
      title="Capital, tax and horizon value"
      description="How the plan is judged: revenue or a cost budget, what the fleet is worth when the horizon ends, and income tax. Order lead time and useful life are set per owned platform."
    >
      <div className="field-grid field-grid--2">
        <SelectField
          path={['revenueMode']}
          value={String(useDocValue(['revenueMode']) ?? 'revenue')}
          hint="Cost centre: no revenue; total and present value of cost are the headlines"
          choices={[
            { value: 'revenue', label: 'Revenue' },
            { value: 'costCentre', label: 'Cost centre — budget the cost of serving demand' },
          ]}
        />
        <SelectField
          path={['terminalValue']}
          value={String(useDocValue(['terminalValue']) ?? 'none')}
          hint="Book value: nodes still in service count as an inflow in the last month"
          choices={[
            { value: 'none', label: 'None' },
            { value: 'bookValue', label: 'Book value of the fleet at the horizon' },
          ]}
        />
      </div>
      <TaxFields />
    </EditorSection>
  );
}

function TaxFields() {
  const { change, readOnly } = useEditor();
  const tax = useDocValue(['tax']);
  const on = tax !== undefined && tax !== null;
  return (
    <fieldset className="field-group">
      <legend>Income tax</legend>
      <label className="check-field" htmlFor="f-tax">
        <input
          id="f-tax"
          type="checkbox"
          data-path="tax"
          checked={on}
          disabled={readOnly}
          onChange={(e) => change(['tax'], e.target.checked ? { ...TAX_DEFAULTS } : undefined)}
        />
        <span>Tax the operating result (after-tax NPV, IRR and payback)</span>
      </label>
      {on ? (
        <div className="field-grid">
          <NumberField path={['tax', 'rate']} />
          <SelectField
            path={['tax', 'depreciation']}
            hint="The schedule capex is deducted on for tax"
            choices={[
              { value: 'book', label: 'Book (straight line)' },
              { value: 'macrs5', label: 'MACRS 5-year, half-year' },
            ]}
          />
          <NumberField path={['tax', 'bonusPct']} optional placeholder="0" />
        </div>
      ) : (
        <p className="muted small empty-note">Off: the projection is pre-tax and the after-tax KPIs are empty.</p>
      )}
    </fieldset>
  );
}
