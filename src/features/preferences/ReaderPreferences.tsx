import { useId, useRef, useState } from 'react';
import { pendingAction } from '../../lib/pendingActions';
import { usePendingAction } from '../../lib/usePendingAction';
import {
  isTextSize,
  isTheme,
  textSizes,
  themes,
  type Preferences,
  type TextSize,
  type Theme,
} from './preferences';
import { setPreferences, usePreferences } from './preferencesStore';
import './preferences.css';

const themeLabels: Record<Theme, string> = { auto: 'Auto', light: 'Light', dark: 'Dark' };
const textSizeLabels: Record<TextSize, string> = {
  normal: 'Normal',
  large: 'Large',
  larger: 'Larger',
};

const notRememberedMessage =
  "Applied to this page only: your browser's storage is full or turned off.";

/**
 * Theme and text size for this browser. The boot script (src/app/boot.ts) applies the stored
 * choice before first paint. The controls are in the server HTML, so nothing shifts; without
 * JavaScript they are hidden; a choice made before this code arrived is applied when it does.
 */
export function ReaderPreferences() {
  const prefs = usePreferences();
  const themeRef = useRef<HTMLSelectElement>(null);
  const sizeRef = useRef<HTMLSelectElement>(null);
  const [message, setMessage] = useState('');
  const themeId = useId();
  const sizeId = useId();

  function choose(change: Partial<Preferences>) {
    setMessage(setPreferences(change).ok ? '' : notRememberedMessage);
  }
  usePendingAction(themeRef, (value) => {
    if (isTheme(value)) choose({ theme: value });
  });
  usePendingAction(sizeRef, (value) => {
    if (isTextSize(value)) choose({ textSize: value });
  });

  return (
    <fieldset className="reader-prefs js-only">
      <legend className="visually-hidden">Reading preferences</legend>
      <span className="reader-prefs-field">
        <label htmlFor={themeId}>Theme</label>
        <select
          ref={themeRef}
          id={themeId}
          {...pendingAction('change')}
          value={prefs.theme}
          onChange={(event) => {
            const { value } = event.currentTarget;
            if (isTheme(value)) choose({ theme: value });
          }}
        >
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {themeLabels[theme]}
            </option>
          ))}
        </select>
      </span>
      <span className="reader-prefs-field">
        <label htmlFor={sizeId}>Text size</label>
        <select
          ref={sizeRef}
          id={sizeId}
          {...pendingAction('change')}
          value={prefs.textSize}
          onChange={(event) => {
            const { value } = event.currentTarget;
            if (isTextSize(value)) choose({ textSize: value });
          }}
        >
          {textSizes.map((size) => (
            <option key={size} value={size}>
              {textSizeLabels[size]}
            </option>
          ))}
        </select>
      </span>
      <p role="status" className="reader-prefs-status">
        {message}
      </p>
    </fieldset>
  );
}
