import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MappingEditor } from './MappingEditor';
import { json, mockApi } from './testing/mockApi';
import type { MappingRule } from './types';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LISTS = {
  applications: [
    { id: 'chat', name: 'Support chat', team: 'Support' },
    { id: 'code', name: 'Code assistant', team: 'Engineering' },
  ],
  platforms: [{ id: 'h100', name: 'H100 cluster' }],
};

const RULES: MappingRule[] = [
  { id: 'r1', source: 'model', key: null, value: 'llama-3.3-70b', target: { application: 'chat' } },
  { id: 'r2', source: 'tag', key: 'app', value: 'code', target: { application: 'code' } },
];

const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;

describe('MappingEditor', () => {
  it('reorders with buttons, adds a rule and saves the ordered list with If-Match, then asks for a new preview', async () => {
    const calls = mockApi({
      'GET /api/v1/actuals/mappings': json({ rules: RULES, etag: '"7"' }),
      'PUT /api/v1/actuals/mappings': (c) => Response.json({ rules: (c.body as { rules: MappingRule[] }).rules, etag: '"8"' }),
    });
    const onSaved = vi.fn();
    render(<MappingEditor lists={LISTS} canWrite onSaved={onSaved} />);
    await screen.findByLabelText('Rule 1: value');
    // Rule 2 (tag app=code) moves above rule 1.
    fireEvent.click(screen.getByRole('button', { name: 'Move rule 2 up' }));
    expect(valueOf('Rule 1: tag key')).toBe('app');
    // The keyboard stays with the moved rule: at the top its up arrow is disabled, so its down arrow has the focus.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move rule 1 down'));
    expect(valueOf('Rule 2: value')).toBe('llama-3.3-70b');
    expect((screen.getByRole('button', { name: 'Move rule 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    fireEvent.change(screen.getByLabelText('Rule 3: source'), { target: { value: 'namespace' } });
    fireEvent.change(screen.getByLabelText('Rule 3: value'), { target: { value: ' inference-prod ' } });
    fireEvent.change(screen.getByLabelText('Rule 3: target'), { target: { value: 'platform:h100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await screen.findByText(/Rules saved/);
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.headers['if-match']).toBe('"7"');
    expect(put?.body).toEqual({
      rules: [
        { id: 'r2', source: 'tag', key: 'app', value: 'code', target: { application: 'code' } },
        { id: 'r1', source: 'model', key: null, value: 'llama-3.3-70b', target: { application: 'chat' } },
        { source: 'namespace', key: null, value: 'inference-prod', target: { platform: 'h100' } },
      ],
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('on 412 keeps the edits, says someone else saved and asks for no new preview', async () => {
    mockApi({
      'GET /api/v1/actuals/mappings': json({ rules: RULES, etag: '"7"' }),
      'PUT /api/v1/actuals/mappings': json({ error: { code: 'precondition_failed', message: 'stale' } }, 412),
    });
    const onSaved = vi.fn();
    render(<MappingEditor lists={LISTS} canWrite onSaved={onSaved} />);
    await screen.findByLabelText('Rule 1: value');
    fireEvent.change(screen.getByLabelText('Rule 1: value'), { target: { value: 'gpt-oss-120b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Someone else saved the mapping rules.*Your edits are kept/);
    expect(valueOf('Rule 1: value')).toBe('gpt-oss-120b');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses to save a tag rule without a key, and removes rules', async () => {
    const calls = mockApi({ 'GET /api/v1/actuals/mappings': json({ rules: RULES, etag: '"7"' }) });
    render(<MappingEditor lists={LISTS} canWrite onSaved={() => undefined} />);
    await screen.findByLabelText('Rule 2: tag key');
    fireEvent.change(screen.getByLabelText('Rule 2: tag key'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Rule 2 needs a value and a tag key.');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove rule 1' }));
    await waitFor(() => expect(screen.queryByLabelText('Rule 2: source')).toBeNull());
    expect(valueOf('Rule 1: source')).toBe('tag');
  });

  it('is read-only for a viewer', async () => {
    mockApi({ 'GET /api/v1/actuals/mappings': json({ rules: RULES, etag: '"7"' }) });
    render(<MappingEditor lists={LISTS} canWrite={false} onSaved={() => undefined} />);
    await screen.findByLabelText('Rule 1: value');
    expect((screen.getByLabelText('Rule 1: value') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save rules' })).toBeNull();
  });
});
