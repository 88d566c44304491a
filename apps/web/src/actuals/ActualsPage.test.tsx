import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../auth/AuthContext';
import { ActualsPage } from './ActualsPage';
import { json, mockApi, type Call } from './testing/mockApi';
import type { ActualsImport, ImportPreview } from './types';

vi.mock('./samples', () => ({
  SAMPLES: [{ format: 'litellm', fileName: 'litellm-spend-logs.json', description: 'LiteLLM sample', load: () => Promise.resolve('[{"request_id":"r1","spend":1.5}]') }],
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SCENARIO = {
  id: 's1',
  name: 'FY2027 plan',
  version: 3,
  document: { name: 'FY2027 plan', applications: [{ id: 'chat', name: 'Support chat', team: 'Support' }], platforms: [{ id: 'h100', name: 'H100 cluster' }] },
};

// Totals worked by hand for the preview: 3 rows of 100.005 + 200.10 + 0.001 = 300.106 → "$300.11";
// mapped 300.105 to Support chat, 0.001 unmapped.
const PREVIEW: ImportPreview = {
  format: 'litellm',
  rows: 3,
  newRows: 2,
  duplicateRows: 1,
  months: ['2027-01', '2027-02'],
  totals: { cost: '300.106', tokens: '4500000' },
  byTarget: [
    { target: { application: 'chat' }, cost: '300.105', tokens: '4000000', rows: 2 },
    { target: null, cost: '0.001', tokens: '500000', rows: 1 },
  ],
  unmapped: { cost: '0.001', tokens: '500000', rows: 1, samples: [{ row: 4, dimensions: { model: 'mystery-model', team: 'ds' } }] },
  errors: [],
};

const IMPORTED: ActualsImport = {
  id: 'imp1',
  format: 'litellm',
  fileName: 'spend.json',
  createdAt: '2027-03-02T10:00:00.000Z',
  createdBy: 'u1',
  rows: 3,
  insertedRows: 2,
  duplicateRows: 1,
  totals: { cost: '300.106', tokens: '4500000' },
};

function baseRoutes(history: ActualsImport[] = []) {
  return {
    'GET /api/v1/scenarios': json({ items: [SCENARIO] }),
    'GET /api/v1/scenarios/s1': json(SCENARIO),
    'GET /api/v1/actuals/imports': json({ imports: history }),
    'GET /api/v1/actuals/mappings': json({ rules: [], etag: '"1"' }),
  };
}

function renderPage() {
  render(
    <AuthProvider>
      <MemoryRouter initialEntries={['/actuals']}>
        <ActualsPage />
      </MemoryRouter>
    </AuthProvider>,
  );
}

async function chooseFile(name: string, content: string) {
  const input = await screen.findByLabelText('Actuals file');
  await waitFor(() => expect((input as HTMLInputElement).disabled).toBe(false));
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
}

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

describe('ActualsPage', () => {
  it('previews a file (dry run) with totals to the cent, new and duplicate rows, targets and unmapped samples, then imports it', async () => {
    const routes = baseRoutes();
    const calls = mockApi({
      ...routes,
      'POST /api/v1/actuals/imports?dryRun=true': json({ preview: PREVIEW }),
      'POST /api/v1/actuals/imports?dryRun=false': json({ import: IMPORTED }, 201),
    });
    renderPage();
    await chooseFile('spend.json', '[{"request_id":"r1","spend":100.005}]');
    await screen.findByLabelText('Import preview');
    expect(screen.getByText('detected as LiteLLM spend logs')).toBeTruthy();
    expect(document.querySelector('[data-figure="total-cost"]')?.textContent).toBe('$300.11');
    expect(document.querySelector('[data-figure="new-rows"]')?.textContent).toBe('2');
    expect(document.querySelector('[data-figure="duplicate-rows"]')?.textContent).toBe('1');
    expect(screen.getByRole('rowheader', { name: 'Application: Support chat' }).closest('tr')?.textContent).toContain('$300.11');
    expect(document.querySelector('[data-row="unmapped"]')?.textContent).toContain('$0.00');
    expect(screen.getByText(/Row 4:/).textContent).toContain('model=mystery-model');
    const dry = posts(calls)[0];
    expect(dry?.url).toBe('/api/v1/actuals/imports?dryRun=true');
    expect(dry?.body).toEqual({ format: 'litellm', fileName: 'spend.json', content: '[{"request_id":"r1","spend":100.005}]' });

    calls.length = 0;
    routes['GET /api/v1/actuals/imports'] = json({ imports: [IMPORTED] });
    mockApi({ ...routes, 'POST /api/v1/actuals/imports?dryRun=false': json({ import: IMPORTED }, 201) });
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 new rows' }));
    expect((await screen.findByText(/^Imported spend\.json/)).textContent).toMatch(/Imported spend\.json: 2 new rows \(1 already imported\), \$300\.11 in total/);
    await screen.findByRole('heading', { name: 'Import history' });
    expect(screen.getByRole('button', { name: 'Undo import of spend.json' })).toBeTruthy();
  });

  it('lists row errors with their row numbers and keeps Import disabled', async () => {
    mockApi({
      ...baseRoutes(),
      'POST /api/v1/actuals/imports?dryRun=true': json({ preview: { ...PREVIEW, errors: [{ row: 7, field: 'spend', message: 'not a number: "12,5"' }] } }),
    });
    renderPage();
    await chooseFile('spend.json', '[]');
    const alert = await screen.findByText(/Row 7, spend: not a number/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('1 error');
    expect((screen.getByRole('button', { name: 'Import 2 new rows' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a refused import (400 invalid_actuals_file) with its rows, and says nothing was stored', async () => {
    mockApi({
      ...baseRoutes(),
      'POST /api/v1/actuals/imports?dryRun=true': json({ preview: PREVIEW }),
      'POST /api/v1/actuals/imports?dryRun=false': json({ error: { code: 'invalid_actuals_file', message: 'Row 3 is invalid.', issues: [{ row: 3, field: 'startTime', message: 'not a date' }] } }, 400),
    });
    renderPage();
    await chooseFile('spend.json', '[]');
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 new rows' }));
    expect((await screen.findByText(/Row 3 is invalid\./)).textContent).toContain('Nothing was stored.');
    expect(screen.getByText('Row 3, startTime: not a date')).toBeTruthy();
  });

  it('undoes an import after a confirmation', async () => {
    const routes = baseRoutes([IMPORTED]);
    const calls = mockApi({ ...routes, 'DELETE /api/v1/actuals/imports/imp1': () => new Response(null, { status: 204 }) });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo import of spend.json' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('The 2 rows imported from spend.json ($300.11)');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    routes['GET /api/v1/actuals/imports'] = json({ imports: [{ ...IMPORTED, undoneAt: '2027-03-03T09:00:00.000Z' }] });
    mockApi({ ...routes, 'DELETE /api/v1/actuals/imports/imp1': () => new Response(null, { status: 204 }) });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo import' }));
    await screen.findByText(/^Undone /);
    expect(screen.queryByRole('button', { name: 'Undo import of spend.json' })).toBeNull();
  });

  it('recomputes the preview after the mapping rules are saved (rules apply at read time)', async () => {
    const rule = { id: 'r1', source: 'model', key: null, value: 'mystery-model', target: { application: 'chat' } };
    let saved = false;
    const calls = mockApi({
      ...baseRoutes(),
      'GET /api/v1/actuals/mappings': json({ rules: [rule], etag: '"1"' }),
      'PUT /api/v1/actuals/mappings': (c) => {
        saved = true;
        return Response.json({ rules: (c.body as { rules: unknown[] }).rules, etag: '"2"' });
      },
      // After the save the unmapped row maps to Support chat: 300.105 + 0.001 = 300.106 → $300.11, nothing unmapped.
      'POST /api/v1/actuals/imports?dryRun=true': () =>
        Response.json({
          preview: saved
            ? { ...PREVIEW, byTarget: [{ target: { application: 'chat' }, cost: '300.106', tokens: '4500000', rows: 3 }], unmapped: { cost: '0', tokens: '0', rows: 0, samples: [] } }
            : PREVIEW,
        }),
    });
    renderPage();
    await chooseFile('spend.json', '[]');
    await screen.findByText(/Row 4:/);
    fireEvent.change(await screen.findByLabelText('Rule 1: value'), { target: { value: 'mystery-model ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(screen.queryByText(/Row 4:/)).toBeNull());
    expect(posts(calls).filter((c) => c.url.endsWith('dryRun=true'))).toHaveLength(2);
    expect(document.querySelector('[data-row="unmapped"]')?.textContent).toContain('0');
    expect(screen.getByRole('rowheader', { name: 'Application: Support chat' }).closest('tr')?.textContent).toContain('$300.11');
  });

  it('explains the three formats when there are no actuals, and a sample opens its preview', async () => {
    const calls = mockApi({ ...baseRoutes(), 'POST /api/v1/actuals/imports?dryRun=true': json({ preview: PREVIEW }) });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Try litellm-spend-logs.json' }));
    await screen.findByLabelText('Import preview');
    expect(posts(calls)[0]?.body).toMatchObject({ format: 'litellm', fileName: 'litellm-spend-logs.json' });
  });
});
