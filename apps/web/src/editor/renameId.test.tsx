// Issue 19: renaming a platform or API option id carries every reference along (no orphans);
// the rented form says why it asks for power.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renameTargetId } from './renameId';
import type { ScenarioDocument } from './ScenarioEditor';
import { blackwellWithApiOption, renderEditor } from './testing/renderEditor';

const apps = (doc: ScenarioDocument) => doc['applications'] as Record<string, unknown>[];

afterEach(cleanup);

describe('renaming an id', { timeout: 60_000 }, () => {
  it('moves plain targets and migration steps to the new platform id, and leaves other targets alone', () => {
    const doc = {
      platforms: [{ id: 'fleet' }, { id: 'other' }],
      apiOptions: [{ id: 'frontier' }],
      applications: [
        { id: 'a', servedBy: { platform: 'fleet' } },
        { id: 'b', servedBy: [{ fromMonth: 0, target: { api: 'frontier' } }, { fromMonth: 12, target: { platform: 'fleet' } }] },
        { id: 'c', servedBy: { platform: 'other' } },
      ],
    };
    const next = renameTargetId(doc, 'platform', 0, 'h100');
    expect(next.platforms).toEqual([{ id: 'h100' }, { id: 'other' }]);
    expect(next.applications).toEqual([
      { id: 'a', servedBy: { platform: 'h100' } },
      { id: 'b', servedBy: [{ fromMonth: 0, target: { api: 'frontier' } }, { fromMonth: 12, target: { platform: 'h100' } }] },
      { id: 'c', servedBy: { platform: 'other' } },
    ]);
    expect(renameTargetId(doc, 'api', 0, 'vendor').applications[1]?.servedBy).toEqual([
      { fromMonth: 0, target: { api: 'vendor' } },
      { fromMonth: 12, target: { platform: 'fleet' } },
    ]);
    // The input document is not changed.
    expect(doc.applications[0]?.servedBy).toEqual({ platform: 'fleet' });
  });

  it('keeps every application on its platform while the id is retyped key by key in the editor', () => {
    const latest = renderEditor(blackwellWithApiOption());
    const before = apps(latest.doc).filter((a) => (a['servedBy'] as { platform?: string }).platform === 'b200').length;
    expect(before).toBeGreaterThan(0);
    const input = screen.getByLabelText('Id', { selector: '[data-path="platforms[0].id"]' });
    for (const text of ['b20', 'b2', 'b', '', 'f', 'fleet']) fireEvent.change(input, { target: { value: text } });
    expect(apps(latest.doc).filter((a) => (a['servedBy'] as { platform?: string }).platform === 'fleet')).toHaveLength(before);
    expect(screen.queryByText(/\(unknown\)/)).toBeNull();
    // An API option id: the served-by choice follows it.
    fireEvent.change(screen.getByLabelText('Id of Frontier API'), { target: { value: 'vendor' } });
    expect((latest.doc['apiOptions'] as Record<string, unknown>[])[0]?.['id']).toBe('vendor');
  });

  it('says why a rented platform asks for IT and idle power', () => {
    const doc = blackwellWithApiOption();
    ((doc['platforms'] as Record<string, unknown>[])[0] as Record<string, unknown>)['acquisition'] = { type: 'rent', pricePerGpuHour: '2.2', annualPriceDecline: '0.15' };
    renderEditor(doc);
    expect(screen.getAllByText(/joules per token and tokens per MWh; the rental price already includes the power bill/)).toHaveLength(2);
  });
});
