import { useId, useState } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import {
  isTextSize,
  isTheme,
  setPreferences,
  textSizes,
  themes,
  usePreferences,
  type Preferences,
  type TextSize,
  type Theme,
} from './preferencesStore';
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
 * Theme and text size for this browser. public/prefs.js applies the stored choice before first
 * paint. The controls are in the server HTML (so nothing shifts when the page hydrates) but
 * stay disabled until then: they need JavaScript, and only the browser knows the choice.
 */
export function ReaderPreferences() {
  const hydrated = useHydrated();
  const prefs = usePreferences();
  const [message, setMessage] = useState('');
  const themeId = useId();
  const sizeId = useId();

  function choose(change: Partial<Preferences>) {
    setMessage(setPreferences(change).ok ? '' : notRememberedMessage);
  }

  return (
    <fieldset className="reader-prefs">
      <legend className="visually-hidden">Reading preferences</legend>
      <span className="reader-prefs-field">
        <label htmlFor={themeId}>Theme</label>
        <select
          id={themeId}
          disabled={!hydrated}
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
          id={sizeId}
          disabled={!hydrated}
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
