// Spec §8 for an owned platform: when nodes are ordered (and paid) and when they retire.
import { NumberField } from './fields';

export function OwnedLifecycleFields({ index }: { index: number }) {
  const base = ['platforms', index] as const;
  return (
    <>
      <NumberField path={[...base, 'deploymentLagMonths']} integer optional placeholder="0" />
      <NumberField path={[...base, 'usefulLifeMonths']} integer optional placeholder="never" />
    </>
  );
}
