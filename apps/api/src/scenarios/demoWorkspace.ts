// The demo workspace: on a fresh install the owner finds the Blackwell (B200) vs Hopper (H100) pair
// ready, shared with the workspace, so the first screen already answers "what does Blackwell save us".
import type { Database } from '@tokenplan/db';
import { findPreset } from '@tokenplan/model';
import type { Actor } from '../auth/actor';
import { ScenarioRepository } from '../repositories/scenarios';
import { prepareDocument } from './documents';

export const DEMO_TEMPLATE_ID = 'blackwell-vs-hopper';

/** Creates the demo pair for the owner (all or nothing); returns the ids created. */
export async function seedDemoWorkspace(db: Database, owner: Actor): Promise<string[]> {
  const preset = findPreset(DEMO_TEMPLATE_ID);
  if (!preset) throw new Error(`preset ${DEMO_TEMPLATE_ID} is missing`);
  const inputs = preset.scenarios.map((doc) => ({
    ...prepareDocument(doc, false),
    visibility: 'WORKSPACE' as const,
    message: 'Demo workspace: created at first setup',
    origin: { templateId: preset.id, demo: true },
  }));
  const created = await new ScenarioRepository(db).createMany(owner, inputs, 'rename', (i) => `demo[${i}]`);
  return created.map((r) => r.id);
}
