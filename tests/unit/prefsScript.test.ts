import { renderHook } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageKey } from '../../src/features/preferences/preferences';
import { usePreferences } from '../../src/features/preferences/preferencesStore';
import { bootScriptCode, loadBootScript, runBootScript } from './runBootScript';

// The boot script (src/app/boot.ts, inlined in every page) applies the stored preferences before
// first paint, without the app's code. It must accept exactly what the store accepts, or a page
// would flash one theme and then switch to another once the app arrives.

const root = document.documentElement;
const attributes = () => ({
  theme: root.getAttribute('data-theme'),
  textSize: root.getAttribute('data-text-size'),
});
const clear = () => {
  root.removeAttribute('data-theme');
  root.removeAttribute('data-text-size');
};

beforeAll(loadBootScript, 30_000);
beforeEach(() => {
  localStorage.clear();
  clear();
});

describe('the boot script and the preferences store', () => {
  it.each([
    '{"theme":"dark","textSize":"larger"}',
    '{"theme":"light","textSize":"large"}',
    '{"theme":"auto","textSize":"normal"}',
    '{"theme":"dark"}',
    '{"textSize":"large"}',
    '{"theme":"dark","textSize":"huge"}',
    '{"theme":"neon","textSize":"larger"}',
    '{"theme":"DARK"}',
    '{oops',
    '"dark"',
    'null',
    '[1,2]',
  ])('agree on %s', (raw) => {
    localStorage.setItem(storageKey, raw);
    runBootScript();
    const beforePaint = attributes();

    clear();
    const { unmount } = renderHook(() => usePreferences());
    expect(attributes()).toEqual(beforePaint);
    unmount();
  });

  it('read the same key', () => {
    expect(bootScriptCode()).toContain(storageKey);
  });
});
