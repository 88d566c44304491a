import { EditorSection } from './EditorSection';
import { NumberField } from './fields';

export function EnergySection() {
  return (
    <EditorSection id="energy" title="Energy & facility" description="Electricity and colocation for owned fleets. Each platform's site power cap is under Platforms.">
      <div className="field-grid">
        <NumberField path={['energy', 'pricePerMWh']} />
        <NumberField path={['energy', 'annualEscalation']} />
        <NumberField path={['energy', 'pue']} />
        <NumberField path={['hosting', 'perKwMonth']} />
        <NumberField path={['hosting', 'annualEscalation']} optional placeholder="0" />
      </div>
    </EditorSection>
  );
}
