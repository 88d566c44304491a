// The spec §8/§9 inputs in the editor: seats vs tokens, migration path, tax toggle, issues at the new fields.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioEditor, type ScenarioDocument } from './ScenarioEditor';
import { blackwellWithApiOption, renderEditor } from './testing/renderEditor';

const app = (doc: ScenarioDocument, i: number) => (doc['applications'] as Record<string, unknown>[])[i] as Record<string, unknown>;
const CODE = 'Code assistant'; // applications[1]

function openDetails(name: string) {
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^More inputs of ${name}`) }));
  return screen.getByRole('group', { name: `Details of ${name}` });
}

afterEach(cleanup);

describe('editor inputs of model v2', { timeout: 60_000 }, () => {
  it('switches an application to seats (tokens and growth leave the document) and back', () => {
    const latest = renderEditor(blackwellWithApiOption());
    const details = openDetails(CODE);
    fireEvent.click(within(details).getByRole('button', { name: 'Seats' }));
    const seated = app(latest.doc, 1);
    expect(seated).not.toHaveProperty('tokensMonth0');
    expect(seated).not.toHaveProperty('growth');
    expect(seated['seats']).toEqual({ seatsMonth0: '100', monthlyGrowth: '0.02', tokensPerSeatMonth0: '2000000', tokensPerSeatAnnualGrowth: '0.5' });
    // The row's token cells read "by seats"; the seat fields are in the details, growth in percent.
    expect(screen.queryByLabelText(`Tokens per month at start of ${CODE}`)).toBeNull();
    expect(screen.getAllByRole('button', { name: `Demand of ${CODE} is sized by seats: show details` })).toHaveLength(2);
    expect(within(details).getByLabelText('Seat growth')).toHaveProperty('value', '2');
    fireEvent.change(within(details).getByLabelText('Seats at start'), { target: { value: '250' } });
    fireEvent.change(within(details).getByLabelText('Revenue per seat'), { target: { value: '30' } });
    expect(app(latest.doc, 1)['seats']).toMatchObject({ seatsMonth0: '250' });
    expect(app(latest.doc, 1)['revenuePerSeatMonth']).toBe('30');

    fireEvent.click(within(details).getByRole('button', { name: 'Tokens' }));
    const back = app(latest.doc, 1);
    expect(back).not.toHaveProperty('seats');
    expect(back).not.toHaveProperty('revenuePerSeatMonth'); // read only with seats
    expect(back['tokensMonth0']).toBe('10000000000');
    expect(back['growth']).toEqual({ type: 'compound', monthlyRate: '0.03' });
    expect(screen.getByLabelText(`Tokens per month at start of ${CODE}`)).toHaveProperty('value', '10 B'); // compact until focused: 10,000,000,000
  });

  it('builds a migration path from steps and returns to a plain target with one step left', () => {
    const latest = renderEditor(blackwellWithApiOption());
    const details = openDetails(CODE);
    expect(within(details).getByText(/\(2027-01\)/)).toBeTruthy(); // month 0 = the start month
    fireEvent.click(within(details).getByRole('button', { name: 'Add a step' }));
    // A year after month 0, to the first target that is not the current one.
    expect(app(latest.doc, 1)['servedBy']).toEqual([
      { fromMonth: 0, target: { platform: 'b200' } },
      { fromMonth: 12, target: { api: 'frontier' } },
    ]);
    fireEvent.change(within(details).getByLabelText(`From month, step 2 of ${CODE}`), { target: { value: '18' } });
    expect(app(latest.doc, 1)['servedBy']).toEqual([
      { fromMonth: 0, target: { platform: 'b200' } },
      { fromMonth: 18, target: { api: 'frontier' } },
    ]);
    // 2027-01 + 18 months = 2028-07, beside the input and in the row's summary.
    const month = within(details).getByLabelText(`From month, step 2 of ${CODE}`).closest('.field') as HTMLElement;
    expect(month.textContent).toContain('2028-07');
    expect(screen.getByRole('button', { name: /served by migration path/ }).textContent).toBe('NVIDIA B200 (DGX/HGX, 8 GPU) → Frontier API from 2028-07');

    fireEvent.change(within(details).getByLabelText(`Served by, step 1 of ${CODE}`), { target: { value: 'api:frontier' } });
    expect((app(latest.doc, 1)['servedBy'] as unknown[])[0]).toEqual({ fromMonth: 0, target: { api: 'frontier' } });

    fireEvent.click(within(details).getByRole('button', { name: `Remove step 2 of ${CODE}` }));
    expect(app(latest.doc, 1)['servedBy']).toEqual({ api: 'frontier' });
    expect(screen.getByLabelText(`${CODE} served by`)).toHaveProperty('value', 'api:frontier');
  });

  it('turns tax on with 21 %, MACRS 5-year and no bonus, and off again', () => {
    const latest = renderEditor(blackwellWithApiOption());
    expect(latest.doc).not.toHaveProperty('tax');
    const toggle = screen.getByLabelText(/Tax the operating result/);
    fireEvent.click(toggle);
    expect(latest.doc['tax']).toEqual({ rate: '0.21', depreciation: 'macrs5', bonusPct: '0' });
    expect(screen.getByLabelText('Tax rate')).toHaveProperty('value', '21');
    expect(screen.getByLabelText('Tax depreciation')).toHaveProperty('value', 'macrs5');
    fireEvent.change(screen.getByLabelText('Tax depreciation'), { target: { value: 'book' } });
    fireEvent.change(screen.getByLabelText('Bonus depreciation'), { target: { value: '60' } });
    expect(latest.doc['tax']).toEqual({ rate: '0.21', depreciation: 'book', bonusPct: '0.6' });
    fireEvent.click(toggle);
    expect(latest.doc).not.toHaveProperty('tax');
    expect(screen.queryByLabelText('Tax rate')).toBeNull();
  });

  it('edits revenue mode, terminal value, escalations and an owned platform’s lead time and life', () => {
    const latest = renderEditor(blackwellWithApiOption());
    fireEvent.change(screen.getByLabelText('Revenue mode'), { target: { value: 'costCentre' } });
    expect(screen.getByRole('note').textContent).toMatch(/prices and seat revenue are kept but not counted/);
    fireEvent.change(screen.getByLabelText('Value at the horizon'), { target: { value: 'bookValue' } });
    fireEvent.change(screen.getByLabelText('Hosting escalation'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Fixed opex escalation'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Order lead time'), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('Useful life'), { target: { value: '48' } });
    expect(latest.doc).toMatchObject({ revenueMode: 'costCentre', terminalValue: 'bookValue', fixedOpexAnnualEscalation: '0.04' });
    expect(latest.doc['hosting']).toMatchObject({ annualEscalation: '0.03' });
    expect((latest.doc['platforms'] as Record<string, unknown>[])[0]).toMatchObject({ deploymentLagMonths: 6, usefulLifeMonths: 48 });
    fireEvent.change(screen.getByLabelText('Useful life'), { target: { value: '' } }); // empty = never retired
    expect((latest.doc['platforms'] as Record<string, unknown>[])[0]).not.toHaveProperty('usefulLifeMonths');
  });

  it('shows an issue on a seats field or a migration step at that field, opening the details', async () => {
    const doc = blackwellWithApiOption();
    const code = app(doc, 1);
    delete code['tokensMonth0'];
    delete code['growth'];
    code['seats'] = { seatsMonth0: '100', monthlyGrowth: '-2', tokensPerSeatMonth0: '2000000', tokensPerSeatAnnualGrowth: '0.5' };
    const chat = app(doc, 0);
    chat['servedBy'] = [
      { fromMonth: 0, target: { platform: 'b200' } },
      { fromMonth: 24, target: { api: 'frontier' } },
      { fromMonth: 12, target: { platform: 'b200' } }, // not after 24: invalid
    ];
    renderEditor(doc);
    await act(async () => {});
    // applications[1].seats.monthlyGrowth: must be greater than -1, i.e. -100 % in the unit shown.
    const growth = within(screen.getByRole('group', { name: `Details of ${CODE}` })).getByLabelText('Seat growth');
    expect(within(growth.closest('.field') as HTMLElement).getByRole('alert').textContent).toMatch(/-100 %/);
    expect(growth.getAttribute('aria-invalid')).toBe('true');
    // applications[0].servedBy[2].fromMonth
    const chatName = String(chat['name']);
    const step = within(screen.getByRole('group', { name: `Details of ${chatName}` })).getByLabelText(`From month, step 3 of ${chatName}`);
    expect(step.getAttribute('data-path')).toBe('applications[0].servedBy[2].fromMonth');
    expect(step.getAttribute('aria-invalid')).toBe('true');
  });

  it('names a step target that does not resolve at that step, and summarises the path in the row', async () => {
    const doc = blackwellWithApiOption();
    // Valid fields, so the cross-checks run: step 2 names a platform that does not exist.
    app(doc, 1)['servedBy'] = [
      { fromMonth: 0, target: { api: 'frontier' } },
      { fromMonth: 30, target: { platform: 'h200' } },
    ];
    renderEditor(doc);
    await act(async () => {});
    const details = screen.getByRole('group', { name: `Details of ${CODE}` });
    const target = within(details).getByLabelText(`Served by, step 2 of ${CODE}`);
    expect(target.getAttribute('data-path')).toBe('applications[1].servedBy[1].target');
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(within(target.closest('.field') as HTMLElement).getByRole('alert').textContent).toMatch(/h200/);
    // 2027-01 + 30 months = 2029-07; the unknown id is shown as typed.
    expect(screen.getByRole('button', { name: /served by migration path/ }).textContent).toBe('Frontier API → h200 from 2029-07');
  });

  it('has a labelled input for every v2 field of a document that uses them all', () => {
    const doc = blackwellWithApiOption();
    Object.assign(doc, { revenueMode: 'costCentre', terminalValue: 'bookValue', fixedOpexAnnualEscalation: '0.03', tax: { rate: '0.25', depreciation: 'book', bonusPct: '0.4' } });
    doc['hosting'] = { ...(doc['hosting'] as object), annualEscalation: '0.02' };
    Object.assign((doc['platforms'] as Record<string, unknown>[])[0] as object, { deploymentLagMonths: 3, usefulLifeMonths: 48 });
    const code = app(doc, 1);
    delete code['tokensMonth0'];
    delete code['growth'];
    Object.assign(code, {
      seats: { seatsMonth0: '100', monthlyGrowth: '0.02', tokensPerSeatMonth0: '2000000', tokensPerSeatAnnualGrowth: '0.5' },
      revenuePerSeatMonth: '20',
      cachedInputShare: '0.3',
      batchShare: '0.1',
      minInteractivity: '40',
      servedBy: [
        { fromMonth: 0, target: { platform: 'b200' } },
        { fromMonth: 24, target: { api: 'frontier' } },
      ],
    });
    const { container } = render(<ScenarioEditor doc={doc} onChange={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /^More inputs of Code assistant/ }));
    const v2Leaves = [
      'revenueMode', 'terminalValue', 'fixedOpexAnnualEscalation', 'tax.rate', 'tax.depreciation', 'tax.bonusPct', 'hosting.annualEscalation',
      'platforms[0].deploymentLagMonths', 'platforms[0].usefulLifeMonths',
      'applications[1].seats.seatsMonth0', 'applications[1].seats.monthlyGrowth', 'applications[1].seats.tokensPerSeatMonth0',
      'applications[1].seats.tokensPerSeatAnnualGrowth', 'applications[1].revenuePerSeatMonth', 'applications[1].cachedInputShare',
      'applications[1].batchShare', 'applications[1].minInteractivity',
      'applications[1].servedBy[0].target', 'applications[1].servedBy[1].fromMonth', 'applications[1].servedBy[1].target',
    ];
    const missing = v2Leaves.filter((p) => !container.querySelector(`[data-path="${p}"]`));
    expect(missing).toEqual([]);
    for (const p of v2Leaves) {
      const input = container.querySelector(`[data-path="${p}"]`) as HTMLElement;
      expect(input.id && container.querySelector(`label[for="${input.id}"]`)?.textContent, `${p} is labelled`).toBeTruthy();
    }
  });
});
