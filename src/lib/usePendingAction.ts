import { useEffect, useRef, type RefObject } from 'react';
import { pendingControls, readyAttribute } from './pendingActions';

/**
 * Marks the control ready once hydrated and runs `action` if the reader used it before, with the
 * value chosen then (for a <select>). `action` should read any other state it needs when it runs,
 * not from the render that defined it.
 */
export function usePendingAction(
  ref: RefObject<Element | null>,
  action: (value: string | undefined) => void,
): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    const control = ref.current;
    if (!control) return;
    control.setAttribute(readyAttribute, '');
    control.removeAttribute('aria-busy');
    const pending = pendingControls();
    if (!pending.has(control)) return;
    const value = pending.get(control);
    pending.delete(control);
    latest.current(value);
  }, [ref]);
}
