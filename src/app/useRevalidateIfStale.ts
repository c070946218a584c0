import { useEffect, useRef } from 'react';
import { useRevalidator } from 'react-router-dom';

/**
 * A prerendered page carries the data of the day and URL it was built for. The first render
 * uses it as is (so hydration matches the HTML); if it no longer fits the reader's URL or day,
 * the loader runs once more in the browser.
 */
export function useRevalidateIfStale(stale: boolean): void {
  const { revalidate } = useRevalidator();
  const done = useRef(false);
  useEffect(() => {
    if (!stale || done.current) return;
    done.current = true;
    void revalidate();
  }, [stale, revalidate]);
}
