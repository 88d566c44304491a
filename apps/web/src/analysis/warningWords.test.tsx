// Warnings in finance words (issue: raw issue paths such as `applications[1].minInteractivity` in the
// warnings lists): the dashboard's projection warnings and the editor's "choices to check" name the
// application or platform and the field's label, and their link opens the field.
import { PRESETS } from '@tokenplan/model';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The editor's panel computes its warnings with the model (choiceWarnings); here one stands in, on the
// second application, as the model words it (a fragment after the field's name).
vi.mock('@tokenplan/model', async (original) => ({
  ...(await original<Record<string, unknown>>()),
  choiceWarnings: () => [
    { code: 'sla_past_knee', path: ['applications', 1, 'minInteractivity'], message: 'asks 60 tokens/s per user, past the knee of the curve' },
  ],
}));
import { ChoiceWarningsPanel } from '../editor/ChoiceWarningsPanel';
import { describePath } from '../editor/describePath';
import { IssueSummary } from '../editor/IssueSummary';
import { runProjection } from '../worker/runProjection';
import { Warnings } from './Warnings';

afterEach(cleanup);

const scenario = { applications: [{ name: 'Chat' }, { name: 'Support bot' }], platforms: [{ name: 'B200 fleet' }] };

describe('the dashboard’s warnings', () => {
  it('names the application and the field of a warning on applications[1], not its path', () => {
    const warnings = [{ code: 'implausible_value', path: 'applications[1].revenuePerMTokens', message: 'is above 200, unusually high for a price per million tokens: check it' }];
    render(<Warnings warnings={warnings} scenario={scenario} />);
    const item = within(screen.getByRole('region', { name: 'Warnings' })).getByRole('listitem');
    expect(item.textContent).toContain('Support bot › revenue per M tokens is above 200');
    expect(item.textContent).not.toContain('applications[');
    expect(item.textContent).not.toContain('revenuePerMTokens');
  });

  it('makes the field a button that opens it when the page can; after a sentence, beside the code', () => {
    const open = vi.fn();
    const warnings = [{ code: 'step_beyond_horizon', path: 'platforms[0].softwareCurve.steps[1].month', message: 'Software step at month 40 of platform "b200" is at or after the horizon and never applies.' }];
    render(<Warnings warnings={warnings} scenario={scenario} onOpenField={open} />);
    const button = screen.getByRole('button', { name: /^B200 fleet › / });
    const item = button.closest('li');
    expect(item?.textContent).toMatch(/^Software step at month 40 .+ never applies\.step_beyond_horizon · B200 fleet › /);
    expect(item?.textContent).not.toContain('platforms[0]');
    fireEvent.click(button);
    expect(open).toHaveBeenCalledWith('platforms[0].softwareCurve.steps[1].month');
  });

  it('shows a plausibility warning of the live projection by the application’s name', () => {
    const document = structuredClone(PRESETS[0]?.scenarios[0]) as unknown as Record<string, unknown>;
    const applications = document['applications'] as Record<string, unknown>[];
    const second = applications[1] ?? applications[0];
    if (!second) throw new Error('preset without applications');
    const index = applications.indexOf(second);
    second['revenuePerMTokens'] = 250; // above the $200 soft limit
    const response = runProjection({ id: 1, document });
    if (!response.ok) throw new Error('the preset should project');
    render(<Warnings warnings={response.projection.warnings} scenario={response.scenario} />);
    const item = screen.getByText((_, el) => el?.tagName === 'LI' && /is above 200/.test(el.textContent ?? ''));
    expect(item.textContent).toContain(`${String(second['name'])} › revenue per M tokens is above 200`);
    expect(item.textContent).not.toContain(`applications[${index}]`);
  });
});

describe('the editor’s choices to check', () => {
  it('names the application and the field of a choice warning on applications[1], and focuses that field', () => {
    const doc = { applications: [{ name: 'Chat' }, { name: 'Code assistant' }] };
    Element.prototype.scrollIntoView = vi.fn();
    render(
      <>
        <ChoiceWarningsPanel projected={{ scenario: doc, projection: null }} doc={doc} />
        <input data-path="applications[1].minInteractivity" aria-label="Minimum interactivity" />
      </>,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toMatch(/^Code assistant › minimum interactivity asks 60 tokens\/s per user/);
    expect(item.textContent).not.toContain('applications[1]');
    expect(item.textContent).not.toContain('minInteractivity');
    fireEvent.click(within(item).getByRole('button', { name: 'Code assistant › minimum interactivity' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Minimum interactivity'));
  });
});

describe('the issue summary and the choices share one way to a field', () => {
  it('focuses the nearest enclosing field when the path’s own field is not on the page', () => {
    Element.prototype.scrollIntoView = vi.fn();
    const doc = { applications: [{ name: 'Chat' }, { name: 'Code assistant' }] };
    render(
      <>
        <IssueSummary issues={[{ code: 'not_a_number', path: 'applications[1].growth.monthlyRate', message: 'Enter a number' }]} labelOf={(path) => describePath(doc, path)} />
        <select data-path="applications[1].growth" aria-label="Growth" />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Code assistant › growth › monthly growth' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Growth'));
  });
});
