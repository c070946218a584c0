import type { Page } from '@playwright/test';

// A stand-in for the browser's speech engine, installed before the page's own scripts run:
// Chromium on CI has no voices. It speaks nothing; it records what the page asks it to say and
// which calls it makes, and reads one utterance at a time until the test says it is done
// (`finish`), so a test decides when each piece ends and never waits for speech.

export interface TestVoice {
  name: string;
  lang: string;
  default?: boolean;
}

export interface SpeechOptions {
  /** The voices the engine has: none means it has speech but no voice. */
  voices?: TestVoice[];
  /** The voices arrive a moment later, with `voiceschanged`, as in Chrome. */
  voicesLater?: boolean;
  /** No `speechSynthesis` at all. */
  absent?: boolean;
}

interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

interface SpeechRecord {
  /** Each utterance as it started, in order. */
  spoken: Spoken[];
  /** speak, pause, resume and cancel, in the order the page called them. */
  calls: string[];
  /** The utterance being read now, if any. */
  current: string | null;
  speaking: boolean;
  paused: boolean;
}

declare global {
  interface Window {
    __speech?: {
      record: () => SpeechRecord;
      finish: () => void;
      addVoices: (voices: TestVoice[]) => void;
    };
  }
}

export const englishVoice: TestVoice = { name: 'Test English', lang: 'en-US', default: true };

export async function installSpeechDouble(page: Page, options: SpeechOptions = {}) {
  await page.addInitScript((opts: SpeechOptions) => {
    if (opts.absent) {
      for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
        Object.defineProperty(window, name, { value: undefined, configurable: true });
      }
      return;
    }
    const voices: (TestVoice & { localService: boolean; voiceURI: string })[] = [];
    const addVoices = (list: TestVoice[]) => {
      for (const voice of list) {
        voices.push({ default: false, ...voice, localService: true, voiceURI: voice.name });
      }
    };
    const spoken: Spoken[] = [];
    const calls: string[] = [];
    let queue: FakeUtterance[] = [];
    let current: FakeUtterance | null = null;
    let paused = false;

    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: ((event: Event) => void) | null = null;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }

    function fire(utterance: FakeUtterance, type: 'start' | 'end' | 'error', error?: string) {
      const event = new Event(type);
      if (error) Object.defineProperty(event, 'error', { value: error });
      utterance[`on${type}`]?.(event);
      utterance.dispatchEvent(event);
    }

    function next() {
      if (current || paused) return;
      current = queue.shift() ?? null;
      if (!current) return;
      spoken.push({
        text: current.text,
        lang: current.lang,
        rate: current.rate,
        voice: current.voice?.name ?? null,
      });
      fire(current, 'start');
    }

    const engine = Object.assign(new EventTarget(), {
      onvoiceschanged: null as ((event: Event) => void) | null,
      get speaking() {
        return current !== null;
      },
      get pending() {
        return queue.length > 0;
      },
      get paused() {
        return paused;
      },
      getVoices: () => [...voices],
      speak(utterance: FakeUtterance) {
        calls.push('speak');
        queue.push(utterance);
        // As a real engine, it starts on its own time, not inside the page's call.
        setTimeout(next, 0);
      },
      cancel() {
        calls.push('cancel');
        const dropped = [current, ...queue].filter((u): u is FakeUtterance => u !== null);
        current = null;
        queue = [];
        dropped.forEach((u, i) => fire(u, 'error', i === 0 ? 'interrupted' : 'canceled'));
      },
      pause() {
        calls.push('pause');
        paused = true;
      },
      resume() {
        calls.push('resume');
        paused = false;
        setTimeout(next, 0);
      },
    });

    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });

    if (!opts.voicesLater) addVoices(opts.voices ?? []);
    window.__speech = {
      record: () => ({
        spoken: [...spoken],
        calls: [...calls],
        current: current?.text ?? null,
        speaking: current !== null,
        paused,
      }),
      finish() {
        if (!current || paused) throw new Error('nothing is being read to finish');
        const done = current;
        current = null;
        fire(done, 'end');
        next();
      },
      addVoices(list) {
        addVoices(list);
        const event = new Event('voiceschanged');
        engine.onvoiceschanged?.(event);
        engine.dispatchEvent(event);
      },
    };
  }, options);
}

export const speechRecord = (page: Page) =>
  page.evaluate(() => {
    if (!window.__speech) throw new Error('the speech double is not installed');
    return window.__speech.record();
  });

/** Ends the utterance being read (the double then starts the next one the page queued). */
export const finishUtterance = (page: Page) => page.evaluate(() => window.__speech?.finish());

/** Waits until the page has stopped scrolling (the player scrolls smoothly to what it reads). */
export const scrollSettled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = scrollY;
        let still = 0;
        const frame = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 10) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
