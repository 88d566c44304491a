/**
 * The dev preview's scenario documents: the Blackwell vs Hopper preset pair (v1), and a §8 pair
 * built from it: both fleets in one scenario with lead times and useful lives, two applications
 * migrating from H100 to B200 in Dec 2028, tax (21 %, MACRS 5-year) and a book terminal value;
 * its twin is the same fleet as a cost centre.
 */
import { findPreset } from '@tokenplan/model';

type Doc = Record<string, unknown> & { platforms: Record<string, unknown>[]; applications: Record<string, unknown>[] };

export type PreviewVariant = 'v1' | 'v2';

/** Applications that move from H100 to B200 in the v2 preview, and from which month. */
const MIGRATING = new Set(['support-assistant', 'document-search']);
const MIGRATION_MONTH = 23; // Dec 2028 from a Jan 2027 start

function v2Pair(blackwell: Doc, hopper: Doc): Doc[] {
  const [h100] = hopper.platforms;
  const [b200] = blackwell.platforms;
  if (!h100 || !b200) return [];
  const revenue: Doc = {
    ...hopper,
    name: 'H100 to B200 — after tax',
    tax: { rate: '0.21', depreciation: 'macrs5', bonusPct: '0' },
    terminalValue: 'bookValue',
    platforms: [
      { ...h100, name: 'H100', deploymentLagMonths: 2, usefulLifeMonths: 36 },
      { ...b200, name: 'B200', deploymentLagMonths: 3, usefulLifeMonths: 48 },
    ],
    applications: hopper.applications.map((a) =>
      MIGRATING.has(String(a['id']))
        ? { ...a, servedBy: [{ fromMonth: 0, target: { platform: 'h100' } }, { fromMonth: MIGRATION_MONTH, target: { platform: 'b200' } }] }
        : a,
    ),
  };
  return [revenue, { ...revenue, name: 'H100 to B200 — cost centre', revenueMode: 'costCentre' }];
}

/** The scenario documents of a preview variant (not yet validated). */
export function previewDocuments(variant: PreviewVariant): unknown[] | string {
  const preset = findPreset('blackwell-vs-hopper');
  if (!preset) return 'Preset "blackwell-vs-hopper" not found.';
  if (variant === 'v1') return preset.scenarios;
  const [blackwell, hopper] = preset.scenarios as unknown as Doc[];
  if (!blackwell || !hopper) return 'The preset has fewer than two scenarios.';
  return v2Pair(structuredClone(blackwell), structuredClone(hopper));
}
