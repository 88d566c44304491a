// Issue 19 (keyboard): Home/End on tab lists; Escape from the save prompt returns focus to the
// control that opened it; the ledger's period toggle says what it does.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerView } from '../analysis/LedgerView';
import { PROJECTION, SCENARIO } from '../analysis/testing/fixture';
import type { ScenarioEditorState } from '../scenarios/useScenarioEditor';
import { SaveControls } from './SaveControls';
import { tabKeyTarget } from './tabKeys';

vi.mock('../scenarios/usePeople', () => ({ usePeople: () => ({ nameOf: () => null }) }));

afterEach(cleanup);
const tick = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('keyboard', () => {
  it('moves along a tab list with the arrows (wrapping), Home and End', () => {
    // Seven tabs, on the fourth (index 3).
    expect(tabKeyTarget('Home', 3, 7)).toBe(0);
    expect(tabKeyTarget('End', 3, 7)).toBe(6);
    expect(tabKeyTarget('ArrowRight', 6, 7)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 7)).toBe(6);
    expect(tabKeyTarget('Enter', 3, 7)).toBeNull();
  });

  it('returns focus to the Save… button when Escape closes the save prompt', async () => {
    const editor = { stored: null, dirty: true, saving: false, saveError: null, doc: {}, save: vi.fn(), discard: vi.fn() } as unknown as ScenarioEditorState;
    render(<SaveControls editor={editor} onHistory={() => {}} historyOpen={false} />);
    screen.getByRole('button', { name: 'Save…' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Save…' }));
    await tick();
    const message = screen.getByLabelText('Save message');
    expect(document.activeElement).toBe(message);
    fireEvent.keyDown(message, { key: 'Escape' });
    await tick();
    expect(screen.queryByLabelText('Save message')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save…' }));
  });

  it('returns focus to the field that had it when Ctrl+S opened the prompt', async () => {
    const editor = { stored: null, dirty: true, saving: false, saveError: null, doc: {}, save: vi.fn(), discard: vi.fn() } as unknown as ScenarioEditorState;
    render(
      <>
        <input aria-label="PUE" />
        <SaveControls editor={editor} onHistory={() => {}} historyOpen={false} />
      </>,
    );
    const pue = screen.getByLabelText('PUE');
    pue.focus();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await tick();
    fireEvent.keyDown(screen.getByLabelText('Save message'), { key: 'Escape' });
    await tick();
    expect(document.activeElement).toBe(pue);
  });

  it('names the ledger period toggle by what it shows', () => {
    render(<LedgerView projection={PROJECTION} scenario={SCENARIO} />);
    expect(screen.getByRole('radio', { name: 'Show months' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Show fiscal years' })).toBeTruthy();
  });
});
