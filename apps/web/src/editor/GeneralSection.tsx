import { useDocValue, useEditor } from './EditorContext';
import { EditorSection } from './EditorSection';
import { NumberField, SelectField, TextField } from './fields';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function GeneralSection() {
  return (
    <EditorSection id="general" title="General" description="Horizon, discounting and budget reserve.">
      <div className="field-grid">
        <TextField path={['name']} />
        <TextField path={['start']} type="month" />
        <NumberField path={['horizonMonths']} integer />
        <NumberField path={['discountRateAnnual']} />
        <FiscalYearStartField />
        <NumberField path={['contingencyPct']} />
        <NumberField path={['fixedOpexPerMonth']} />
        <NumberField path={['fixedOpexAnnualEscalation']} optional placeholder="0" />
        <SelectField
          path={['idlePolicy']}
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
