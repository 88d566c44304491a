// Issue 19 (editor): errors in a finance user's words, the same at the field and in the summary;
// "%" only on percent fields; the logistic rate in %/month beside compound growth.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { issueMessage } from './issueMessages';
import type { ScenarioDocument } from './ScenarioEditor';
import { blackwell, renderEditor } from './testing/renderEditor';

const app = (doc: ScenarioDocument, i: number) => (doc['applications'] as Record<string, unknown>[])[i] as Record<string, unknown>;
const CODE = 'Code assistant'; // applications[1] of the preset

function type(label: string, text: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value: text } });
  return input;
}
const fieldAlert = (input: HTMLElement) => within(input.closest('.field') as HTMLElement).getByRole('alert').textContent;
/** The summary's line for `label`: "<label>: <message>". */
const summaryLine = (label: RegExp) => {
  const items = within(screen.getByRole('status')).getAllByRole('listitem');
  const line = items.find((li) => label.test(li.textContent ?? ''));
  if (!line) throw new Error(`no summary line for ${label}: ${items.map((i) => i.textContent).join(' | ')}`);
  return line.textContent;
};

function openDetails(name: string) {
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`^More inputs of ${name}`) }));
  return screen.getByRole('group', { name: `Details of ${name}` });
}

afterEach(cleanup);

describe('editor messages in a finance user’s words', { timeout: 60_000 }, () => {
  it('refuses "12%" in a token field instead of storing 0.12 tokens, in the same words at the field and in the summary', async () => {
    const latest = renderEditor(blackwell());
    const input = type(`Tokens per month at start of ${CODE}`, '12%');
    expect(app(latest.doc, 1)['tokensMonth0']).not.toBe('0.12');
    expect(fieldAlert(input)).toBe('Not a percentage field: enter a plain number, e.g. 250k or 1.5B');
    await act(async () => {});
    expect(summaryLine(/tokens per month at start/i)).toBe(`${CODE} › tokens per month at start: Not a percentage field: enter a plain number, e.g. 250k or 1.5B`);
    // In a percent field "12%" is 12 % = 0.12 (output share is in the row's details).
    fireEvent.change(within(openDetails(CODE)).getByLabelText('Output share'), { target: { value: '12%' } });
    expect(app(latest.doc, 1)['outputShare']).toBe('0.12');
  });

  it('says "Required" for an empty name and an empty number, at the field and in the summary alike', async () => {
    renderEditor(blackwell());
    const name = type(`Name of application 2`, '');
    const tokens = type(`Tokens per month at start of Application 2`, '');
    await act(async () => {});
    expect(fieldAlert(name)).toBe('Required');
    expect(fieldAlert(tokens)).toBe('Required');
    const text = within(screen.getByRole('status')).getByRole('list').textContent ?? '';
    expect(text).not.toMatch(/Too small|expected string|must not be empty|is required|decimal string/);
    expect(summaryLine(/› name/)).toBe('Applications #2 › name: Required');
  });

  it('prints range bounds a reader can use: percent on percent fields, never 1e-3000 %', async () => {
    renderEditor(blackwell());
    const share = within(openDetails(CODE)).getByLabelText('Output share');
    fireEvent.change(share, { target: { value: '150' } });
    await act(async () => {});
    expect(fieldAlert(share)).toBe('Must be between 0 % and 100 %');
    expect(summaryLine(/output share/i)).toBe(`${CODE} › output share: Must be between 0 % and 100 %`);
    expect(share.getAttribute('aria-invalid')).toBe('true');
    // 1e-38 % = 1e-40 as a fraction: below what the model plans with (1e-30), not "between 1e-3000 % and 1e2400 %".
    const growth = type(`Monthly growth of ${CODE}`, '1e-38');
    await act(async () => {});
    expect(fieldAlert(growth)).toBe('Too small to plan with: enter 0 or a larger value');
    expect(screen.getByRole('status').textContent).not.toMatch(/e-3000|e2400|1e-30/);
  });

  it('maps codes, not texts: zod defaults and API wording never reach the screen', () => {
    const doc = { applications: [{ tokensMonth0: 'lots', outputShare: 'x' }] };
    expect(issueMessage({ code: 'custom_thing', path: 'name', message: 'Too small: expected string to have >=1 characters' }, doc)).toBe('Required');
    expect(issueMessage({ code: 'not_a_number', path: 'applications[0].tokensMonth0', message: 'must be a number or a decimal string such as "0.25" or "1e6"' }, doc)).toBe(
      'Enter a number, e.g. 4T, 4e12, 4,000,000,000,000, 1.5B or 250k',
    );
    expect(issueMessage({ code: 'not_a_number', path: 'applications[0].outputShare', message: 'x' }, doc)).toBe('Enter a percentage, e.g. 12 or 12.5');
    // A money bound of 1e12 reads "1.0T"; a fraction bound 0.6 on a percent field "60 %".
    expect(issueMessage({ code: 'out_of_range', path: 'fixedOpexPerMonth', message: 'must be between 0 and 1,000,000,000,000' }, doc)).toBe('Must be between 0 and 1.0T');
    expect(issueMessage({ code: 'out_of_range', path: 'tax.rate', message: 'must be between 0 and 0.6' }, doc)).toBe('Must be between 0 % and 60 %');
  });

  it('shows the logistic rate in %/month like compound growth, stored as a rate per month', () => {
    const doc = blackwell();
    app(doc, 1)['growth'] = { type: 'logistic', capacity: '50000000000', rate: '0.12' };
    const latest = renderEditor(doc);
    const rate = screen.getByLabelText(`Logistic rate of ${CODE}`);
    // 0.12 per month = 12 %/month.
    expect(rate).toHaveProperty('value', '12');
    expect(rate.closest('.field')?.querySelector('.field-unit')?.textContent).toBe('%/mo');
    expect(screen.getByLabelText(`Monthly growth of Customer support assistant`).closest('.field')?.querySelector('.field-unit')?.textContent).toBe('%/mo');
    fireEvent.change(rate, { target: { value: '8' } });
    expect((app(latest.doc, 1)['growth'] as Record<string, unknown>)['rate']).toBe('0.08');
  });
});
