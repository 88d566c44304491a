import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Edits a copy of the latest query string in place. */
export type SearchParamsChange = (next: URLSearchParams) => void;

/**
 * The page's query string and an updater that always builds on the latest URL, replacing the history entry.
 *
 * react-router's `setSearchParams(prev => …)` hands `prev` from the last render, not the last write, so two
 * writes before the next render (clear the search, then pick a category) lose the first one
 * (remix-run/react-router #9757, #11752, #14491). Here every write starts from the previous write, until
 * a render shows where the URL is now (which also picks up navigation from elsewhere: links, back).
 */
export function useSearchParamsUpdater(): [URLSearchParams, (change: SearchParamsChange) => void] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);

  const update = useCallback(
    (change: SearchParamsChange) => {
      const next = new URLSearchParams(latest.current);
      change(next);
      latest.current = next.toString();
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [params, update];
}
