import { EditorSection } from './EditorSection';
import { NumberField } from './fields';

export function EnergySection() {
  return (
    <EditorSection id="energy" title="Energy & facility" description="Electricity and colocation for owned fleets. Each platform's site power cap is under Platforms.">
      <div className="field-grid">
        <NumberField path={['energy', 'pricePerMWh']} label="Electricity price" unit="$/MWh" hint="US industrial ≈ $81/MWh (EIA 2024)" />
        <NumberField path={['energy', 'annualEscalation']} label="Price escalation" unit="%/yr" percent hint="Applied each model year" />
        <NumberField path={['energy', 'pue']} label="PUE" unit="×" hint="Facility power ÷ IT power, 1–3" />
        <NumberField path={['hosting', 'perKwMonth']} label="Hosting" unit="$/kW-month" hint="Colocation charge on provisioned IT kW" />
      </div>
    </EditorSection>
  );
}
