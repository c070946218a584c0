import { voicesFor } from './voices';

const sameTag = (a: string, b: string) =>
  a.toLowerCase().replace('_', '-') === b.toLowerCase().replace('_', '-');

/**
 * The voice to read `lang` with: of the voices that speak the language, the reader's default
 * one if it is one of them, then one for the exact tag (en-US over en-GB), then any.
 */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = voicesFor(lang);
  return (
    voices.find((voice) => voice.default) ??
    voices.find((voice) => sameTag(voice.lang, lang)) ??
    voices[0]
  );
}
