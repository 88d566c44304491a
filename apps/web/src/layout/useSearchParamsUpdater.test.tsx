import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, useLocation, useNavigationType } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { useSearchParamsUpdater } from './useSearchParamsUpdater';

afterEach(cleanup);

function Filters() {
  const [params, update] = useSearchParamsUpdater();
  return (
    <>
      <button onClick={() => update((p) => p.set('a', '1'))}>set a</button>
      <button onClick={() => update((p) => p.set('b', '2'))}>set b</button>
      <button onClick={() => update((p) => p.delete('q'))}>clear q</button>
      <Link to="?c=3">go to c</Link>
      <output data-testid="params">{params.toString()}</output>
      <output data-testid="search">{useLocation().search}</output>
      <output data-testid="action">{useNavigationType()}</output>
    </>
  );
}

function renderAt(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <Filters />
    </MemoryRouter>,
  );
}

const click = (name: string) => fireEvent.click(screen.getByRole(name === 'go to c' ? 'link' : 'button', { name }));

describe('useSearchParamsUpdater', () => {
  it('keeps every write when several land before the next render, replacing the history entry', () => {
    renderAt('/page?q=x');
    act(() => {
      click('clear q');
      click('set a');
      click('set b');
    });
    expect(screen.getByTestId('search').textContent).toBe('?a=1&b=2');
    expect(screen.getByTestId('params').textContent).toBe('a=1&b=2');
    expect(screen.getByTestId('action').textContent).toBe('REPLACE');
  });

  it('builds on a URL reached from elsewhere (a link), not on its own last write', () => {
    renderAt('/page');
    click('set a');
    expect(screen.getByTestId('search').textContent).toBe('?a=1');
    click('go to c');
    expect(screen.getByTestId('search').textContent).toBe('?c=3');
    click('set b');
    expect(screen.getByTestId('search').textContent).toBe('?c=3&b=2');
  });
});
