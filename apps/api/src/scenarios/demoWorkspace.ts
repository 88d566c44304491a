// The demo workspace: on a fresh install the owner finds two Blackwell (B200) vs Hopper (H100) pairs,
// shared with the workspace, every input from the reference library: an inference service selling
// open-model tokens at market prices, and an internal cost-centre budget (no revenue) whose headline
// is what serving the demand costs. The budget pair is created last, so it is the newest pair the
// scenario list answers first.
import type { Database } from '@tokenplan/db';
import { findPreset } from '@tokenplan/model';
import type { Actor } from '../auth/actor';
import { ScenarioRepository } from '../repositories/scenarios';
import { prepareDocument } from './documents';

/** Templates seeded in this order (presets/demo.ts in the model). */
export const DEMO_TEMPLATE_IDS = ['inference-service', 'blackwell-vs-hopper-budget'] as const;
/** The headline pair of the demo. */
export const DEMO_TEMPLATE_ID = 'blackwell-vs-hopper-budget';

/** Creates the demo pairs for the owner (each pair all or nothing); returns the ids created. */
export async function seedDemoWorkspace(db: Database, owner: Actor): Promise<string[]> {
  const repo = new ScenarioRepository(db);
  const ids: string[] = [];
  for (const templateId of DEMO_TEMPLATE_IDS) {
    const preset = findPreset(templateId);
    if (!preset) throw new Error(`preset ${templateId} is missing`);
    const inputs = preset.scenarios.map((doc) => ({
      ...prepareDocument(doc, false),
      visibility: 'WORKSPACE' as const,
      message: `Demo workspace: created at first setup (${preset.title})`,
      origin: { templateId: preset.id, demo: true },
    }));
    // One transaction per pair: each pair gets its own creation time, the budget pair the newest.
    const created = await repo.createMany(owner, inputs, 'rename', (i) => `demo[${ids.length + i}]`);
    ids.push(...created.map((r) => r.id));
  }
  return ids;
}
