// The browser's speech engine and its voices, where it has them. Some browsers have no
// `speechSynthesis`, and where they do, the voices may arrive a moment later (`voiceschanged`).

/** The speech engine, or undefined where the browser cannot speak. */
export function speechEngine(): SpeechSynthesis | undefined {
  const { speechSynthesis } = window as Partial<Window>;
  return speechSynthesis && typeof SpeechSynthesisUtterance === 'function'
    ? speechSynthesis
    : undefined;
}

/** The voices that speak `lang` ('en' for 'en-US'; Android writes 'en_US'). */
export function voicesFor(lang: string): SpeechSynthesisVoice[] {
  const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return (speechEngine()?.getVoices() ?? []).filter((v) => language(v.lang) === language(lang));
}
