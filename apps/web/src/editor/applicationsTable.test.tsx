// Issue 19: the applications table fits a 1440 px screen: eight columns (the rest in "More"),
// big numbers compact until focused (every digit on focus and in the title).
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blackwell, renderEditor } from './testing/renderEditor';

const CODE = 'Code assistant';
afterEach(cleanup);

describe('applications table', { timeout: 60_000 }, () => {
  it('has eight columns and keeps output share, erosion, query size and id in the details', () => {
    renderEditor(blackwell());
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Application',
      'Team',
      'Model',
      'Served by',
      'Tokens / month at start',
      'Growth %/month',
      'Price $ / M tokens',
      'Actions',
    ]);
    expect(screen.queryByLabelText(`Output share of ${CODE}`)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^More inputs of ${CODE}`) }));
    const details = screen.getByRole('group', { name: `Details of ${CODE}` });
    for (const label of ['Output share', 'Price erosion', 'Tokens per query', 'Queries per task', 'Id']) expect(within(details).getByLabelText(label)).toBeTruthy();
  });

  it('shows 400,000,000,000 tokens as "400 B" in the row, every digit on focus, and stores what is typed', () => {
    const latest = renderEditor(blackwell());
    const tokens = screen.getByLabelText(`Tokens per month at start of ${CODE}`);
    // The preset's code assistant starts at 400,000,000,000 tokens a month = 400 × 10^9.
    expect(tokens).toHaveProperty('value', '400 B');
    expect(tokens.getAttribute('title')).toBe('400 B tok/mo');
    fireEvent.focus(tokens);
    expect(tokens).toHaveProperty('value', '400,000,000,000');
    fireEvent.change(tokens, { target: { value: '12.5B' } });
    fireEvent.blur(tokens);
    expect((latest.doc['applications'] as Record<string, unknown>[])[1]?.['tokensMonth0']).toBe('12500000000');
    expect(tokens).toHaveProperty('value', '12.5 B');
  });
});
