import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi } from './testing/mockApi';
import { resetVersionsStore } from './useVersions';
import { VersionsBar } from './VersionsBar';
import type { ScenarioVersion } from './types';

beforeEach(resetVersionsStore);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BUDGET: ScenarioVersion = { id: 'v1', scenarioId: 's1', name: 'FY2027 Budget', kind: 'budget', revision: 4, lockedAt: '2027-01-02T09:00:00.000Z', lockedBy: 'u1' };
const FORECAST: ScenarioVersion = { id: 'v2', scenarioId: 's1', name: 'Q2 Forecast', kind: 'forecast', revision: 6, lockedAt: '2027-04-02T09:00:00.000Z', lockedBy: 'u2' };

const renderBar = (props: Partial<Parameters<typeof VersionsBar>[0]> = {}) =>
  render(<VersionsBar scenarioId="s1" revision={6} dirty={false} canWrite nameOf={(id) => (id === 'u1' ? 'you' : 'a teammate')} {...props} />);

describe('VersionsBar', () => {
  it('shows the baseline badge, lists the versions and changes the baseline', async () => {
    let baseline: string | null = 'v1';
    const calls = mockApi({
      'GET /api/v1/scenarios/s1/versions': () => Response.json({ versions: [BUDGET, FORECAST], baselineVersionId: baseline }),
      'PUT /api/v1/scenarios/s1/baseline': (c) => {
        baseline = (c.body as { versionId: string | null }).versionId;
        return Response.json({ baselineVersionId: baseline });
      },
    });
    renderBar();
    expect((await screen.findByText(/^Measured against:/)).textContent).toBe('Measured against: FY2027 Budget (Budget, revision 4)');
    fireEvent.click(screen.getByRole('button', { name: 'Versions (2)' }));
    const row = screen.getByRole('rowheader', { name: /Q2 Forecast/ }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 3)).toEqual(['Forecast', '6', 'a teammate']);
    fireEvent.change(screen.getByLabelText('Measure against'), { target: { value: 'v2' } });
    await screen.findByText('Measured against: Q2 Forecast (Forecast, revision 6)');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ versionId: 'v2' });
  });

  it('locks the current saved revision as a named version and measures against it when there is no baseline', async () => {
    let versions: ScenarioVersion[] = [];
    let baseline: string | null = null;
    const calls = mockApi({
      'GET /api/v1/scenarios/s1/versions': () => Response.json({ versions, baselineVersionId: baseline }),
      'POST /api/v1/scenarios/s1/versions': (c) => {
        const body = c.body as { name: string; kind: 'budget'; revision: number };
        versions = [{ ...BUDGET, id: 'v9', name: body.name, kind: body.kind, revision: body.revision }];
        return Response.json({ version: versions[0] }, { status: 201 });
      },
      'PUT /api/v1/scenarios/s1/baseline': (c) => {
        baseline = (c.body as { versionId: string }).versionId;
        return Response.json({ baselineVersionId: baseline });
      },
    });
    renderBar({ dirty: true });
    expect((await screen.findByText('No baseline version')).textContent).toBe('No baseline version');
    fireEvent.click(screen.getByRole('button', { name: 'Lock as version…' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('Your unsaved edits are not part of revision 6');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' FY2028 Budget ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lock version' }));
    await screen.findByText('Measured against: FY2028 Budget (Budget, revision 6)');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'FY2028 Budget', kind: 'budget', revision: 6 });
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ versionId: 'v9' });
  });

  it('names a duplicate version name (409) and keeps the dialog open', async () => {
    mockApi({
      'GET /api/v1/scenarios/s1/versions': json({ versions: [BUDGET], baselineVersionId: 'v1' }),
      'POST /api/v1/scenarios/s1/versions': json({ error: { code: 'version_name_taken', message: 'taken' } }, 409),
    });
    renderBar();
    await screen.findByText(/^Measured against:/);
    fireEvent.click(screen.getByRole('button', { name: 'Lock as version…' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'FY2027 Budget' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lock version' }));
    await waitFor(() => expect(within(dialog).getByRole('alert', { hidden: true }).textContent).toBe('A version named "FY2027 Budget" already exists on this scenario: choose another name.'));
    expect((within(dialog).getByLabelText('Name') as HTMLInputElement).value).toBe('FY2027 Budget');
  });

  it('offers no locking to a viewer', async () => {
    mockApi({ 'GET /api/v1/scenarios/s1/versions': json({ versions: [BUDGET], baselineVersionId: 'v1' }) });
    renderBar({ canWrite: false });
    await screen.findByText(/^Measured against:/);
    expect(screen.queryByRole('button', { name: 'Lock as version…' })).toBeNull();
    expect((screen.getByLabelText('Measure against') as HTMLSelectElement).disabled).toBe(true);
  });
});
