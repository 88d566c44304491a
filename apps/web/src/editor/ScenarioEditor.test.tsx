import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldSelector, pathText, type PathKey } from './documentPath';
import { ScenarioEditor } from './ScenarioEditor';
import { blackwell, renderEditor } from './testing/renderEditor';

function type(label: string | RegExp, text: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value: text } });
  return input;
}

/** Every leaf path of a document, as validation names them. */
function leafPaths(value: unknown, path: PathKey[] = []): PathKey[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

afterEach(cleanup);

// Rendering the whole editor in jsdom is slow on a shared machine: generous timeouts.
describe('ScenarioEditor', { timeout: 30_000 }, () => {
  it('has a labelled input for every field of the scenario', () => {
    const doc = blackwell();
    const { container } = render(<ScenarioEditor doc={doc} onChange={() => undefined} />);
    // Output share, erosion, query size and id of an application are in its details row (More).
    for (const more of screen.getAllByRole('button', { name: /^More inputs of / })) fireEvent.click(more);
    const missing = leafPaths(doc)
      .map((p) => pathText(p).replace(/\.servedBy\.(platform|api)$/, '.servedBy')) // one picker: platform or API
      .filter((p) => !container.querySelector(fieldSelector(p)));
    expect(missing).toEqual([]);
    for (const input of container.querySelectorAll('input, select')) {
      const labelled = input.getAttribute('aria-label') || (input.id && container.querySelector(`label[for="${input.id}"]`));
      expect(labelled, `input ${input.outerHTML.slice(0, 80)} has a label`).toBeTruthy();
    }
  });

  it('reads big numbers as 4T, 4e12 or 4,000,000,000,000 and stores exact decimal strings', () => {
    const latest = renderEditor(blackwell());
    for (const text of ['4T', '4e12', '4,000,000,000,000']) {
      type('Tokens per month at start of Code assistant', text);
      expect((latest.doc['applications'] as Record<string, unknown>[])[1]).toMatchObject({ tokensMonth0: '4000000000000' });
    }
    expect(screen.getByLabelText('Tokens per month at start of Code assistant')).toHaveProperty('value', '4,000,000,000,000');
  });

  it('shows percentages as % and stores fractions', () => {
    const latest = renderEditor(blackwell());
    expect(screen.getByLabelText('Discount rate')).toHaveProperty('value', '10');
    type('Discount rate', '12.5');
    expect(latest.doc['discountRateAnnual']).toBe('0.125');
  });

  it('puts the schema message next to the field, in the unit shown', async () => {
    renderEditor(blackwell());
    const pue = type('PUE', '5');
    await act(async () => {});
    const field = pue.closest('.field') as HTMLElement;
    expect(within(field).getByRole('alert').textContent).toBe('Must be between 1 and 3');
    expect(pue.getAttribute('aria-invalid')).toBe('true');

    const discount = type('Discount rate', '150');
    await act(async () => {});
    expect(within(discount.closest('.field') as HTMLElement).getByRole('alert').textContent).toBe('Must be between 0 % and 100 %');
  });

  it('refuses text that is not a number, says what works, and keeps it out of a valid document', async () => {
    const latest = renderEditor(blackwell());
    const input = type('Electricity price', 'lots');
    expect(within(input.closest('.field') as HTMLElement).getByRole('alert').textContent).toMatch(/Enter a number, e\.g\. 4T/);
    expect((latest.doc['energy'] as Record<string, unknown>)['pricePerMWh']).toBe('lots');
    await act(async () => {});
    expect(screen.getByRole('status').textContent).toMatch(/1 field needs attention/);
  });

  it('names an application served by a platform that does not exist, next to "served by"', async () => {
    const doc = blackwell();
    const first = (doc['applications'] as Record<string, unknown>[])[0];
    if (first) first['servedBy'] = { platform: 'gone' };
    render(<ScenarioEditor doc={doc} onChange={() => undefined} />);
    await act(async () => {});
    const select = screen.getByLabelText('Customer support assistant served by');
    expect(within(select.closest('.field') as HTMLElement).getByRole('alert').textContent).toMatch(/gone/);
  });

  it('shows a document replaced from outside (discard, restore) in every field', () => {
    const doc = blackwell();
    const { rerender } = render(<ScenarioEditor doc={doc} onChange={() => undefined} />);
    expect(screen.getByLabelText('Discount rate')).toHaveProperty('value', '10');
    const replaced = { ...doc, discountRateAnnual: '0.07', energy: { ...(doc['energy'] as object), pricePerMWh: '123' } };
    rerender(<ScenarioEditor doc={replaced} onChange={() => undefined} />);
    expect(screen.getByLabelText('Discount rate')).toHaveProperty('value', '7');
    expect(screen.getByLabelText('Electricity price')).toHaveProperty('value', '123');
  });

  it('edits the latest document when fields are changed one after another', () => {
    const latest = renderEditor(blackwell());
    type('Discount rate', '12');
    type('Electricity price', '95');
    fireEvent.click(screen.getByRole('button', { name: 'Add application' }));
    expect(latest.doc).toMatchObject({ discountRateAnnual: '0.12', energy: { pricePerMWh: '95' } });
    expect(latest.doc['applications']).toHaveLength(6);
  });

  it('sets the price from the tier picker (free, $3, $6, $45, $150 per M tokens)', () => {
    const latest = renderEditor(blackwell());
    const picker = screen.getByLabelText('Price tier of Research agent') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      'Free / M tokens', '$3 / M tokens', '$6 / M tokens', '$45 / M tokens', '$150 / M tokens', 'Custom',
    ]);
    fireEvent.change(picker, { target: { value: '150' } });
    expect((latest.doc['applications'] as Record<string, unknown>[])[2]).toMatchObject({ revenuePerMTokens: '150' });
  });

  it('switches a platform to rented and shows the rental fields instead of capex', () => {
    const latest = renderEditor(blackwell());
    fireEvent.change(screen.getByLabelText('Acquisition'), { target: { value: 'rent' } });
    expect((latest.doc['platforms'] as Record<string, unknown>[])[0]).toMatchObject({ acquisition: { type: 'rent' } });
    expect(screen.getByLabelText('Price per GPU-hour')).toBeTruthy();
    expect(screen.queryByLabelText('Capex per node')).toBeNull();
  });

  it('adds and removes applications', () => {
    const latest = renderEditor(blackwell());
    fireEvent.click(screen.getByRole('button', { name: 'Add application' }));
    expect(latest.doc['applications']).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: 'Remove New application' }));
    expect(latest.doc['applications']).toHaveLength(5);
  });
});
