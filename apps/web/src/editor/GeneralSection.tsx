import { useDocValue, useEditor } from './EditorContext';
import { EditorSection } from './EditorSection';
import { NumberField, SelectField, TextField } from './fields';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function GeneralSection() {
  return (
    <EditorSection id="general" title="General" description="Horizon, discounting and budget reserve.">
      <div className="field-grid">
        <TextField path={['name']} label="Scenario name" />
        <TextField path={['start']} label="Start month" type="month" hint="First projected month (YYYY-MM)" />
        <NumberField path={['horizonMonths']} label="Horizon" unit="months" integer hint="1–120 months; 60 = 5 years" />
        <NumberField path={['discountRateAnnual']} label="Discount rate" unit="%/yr" percent hint="Annual, for NPV (hurdle rate / WACC)" />
        <FiscalYearStartField />
        <NumberField path={['contingencyPct']} label="Contingency" percent hint="Budget reserve added on costs" />
        <NumberField path={['fixedOpexPerMonth']} label="Fixed opex" unit="$/month" hint="Platform team, software, support" />
        <SelectField
          path={['idlePolicy']}
          label="Idle capacity in allocation"
          choices={[
            { value: 'separate', label: 'Show separately (showback)' },
            { value: 'spread', label: 'Spread over applications (chargeback)' },
          ]}
        />
      </div>
    </EditorSection>
  );
}

/** fiscalYearStartMonth is an integer 1..12: the select stores a number. */
function FiscalYearStartField() {
  const { change } = useEditor();
  const month = useDocValue(['fiscalYearStartMonth']);
  return (
    <SelectField
      path={['fiscalYearStartMonth']}
      label="Fiscal year starts in"
      value={String(month ?? '')}
      choices={MONTH_NAMES.map((label, i) => ({ value: String(i + 1), label }))}
      onSelect={(v) => change(['fiscalYearStartMonth'], Number(v))}
    />
  );
}
