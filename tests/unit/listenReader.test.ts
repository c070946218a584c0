import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReading } from '../../src/features/listen/reader';
import type { Utterance } from '../../src/features/listen/readingQueue';
import { voiceFor } from '../../src/features/listen/voiceFor';

// The reader drives the browser's speech engine one piece at a time. Here the engine is a small
// stand-in that records calls and lets the test end each utterance.

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

function fakeEngine(
  voices: Partial<SpeechSynthesisVoice>[] = [{ name: 'English', lang: 'en-US' }],
) {
  const calls: string[] = [];
  let queue: FakeUtterance[] = [];
  const engine = {
    paused: false,
    getVoices: () => voices,
    speak(u: FakeUtterance) {
      calls.push(`speak ${u.text} @${String(u.rate)}`);
      queue.push(u);
    },
    cancel() {
      calls.push('cancel');
      const dropped = queue;
      queue = [];
      dropped.forEach((u, i) => u.onerror?.({ error: i === 0 ? 'interrupted' : 'canceled' }));
    },
    pause() {
      calls.push('pause');
      engine.paused = true;
    },
    resume() {
      calls.push('resume');
      engine.paused = false;
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    /** The engine finishes the utterance it is reading. */
    end() {
      const u = queue.shift();
      if (!u) throw new Error('nothing is being read');
      u.onend?.();
    },
    fail(error: string) {
      const u = queue.shift();
      u?.onerror?.({ error });
    },
    calls,
  };
  vi.stubGlobal('speechSynthesis', engine);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return engine;
}

const queue: Utterance[] = [
  { text: 'Headline', part: 'headline' },
  { text: 'Dek', part: 'dek' },
  { text: 'First', part: 0 },
];

let engine: ReturnType<typeof fakeEngine>;
const onPiece = vi.fn();
const onDone = vi.fn();
const onFail = vi.fn();
const start = (rate = 1) => startReading(queue, { lang: 'en-US', rate, onPiece, onDone, onFail });
const speaks = () => engine.calls.filter((c) => c.startsWith('speak'));

beforeEach(() => {
  engine = fakeEngine();
  onPiece.mockClear();
  onDone.mockClear();
  onFail.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startReading', () => {
  it('clears the engine, then reads each piece after the last has ended, and says when it is done', () => {
    start();
    expect(engine.calls).toEqual(['cancel', 'speak Headline @1']);
    engine.end();
    engine.end();
    engine.end();
    expect(speaks()).toEqual(['speak Headline @1', 'speak Dek @1', 'speak First @1']);
    expect(onPiece.mock.calls.map(([i]) => i as number)).toEqual([0, 1, 2]);
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('pauses and resumes the engine where it was', () => {
    const reader = start();
    reader.pause();
    reader.resume();
    expect(engine.calls.slice(-2)).toEqual(['pause', 'resume']);
    expect(speaks()).toEqual(['speak Headline @1']);
  });

  it('restarts the piece being read at a new speed, at once or on resume', () => {
    const reader = start();
    engine.end();
    reader.setRate(1.5);
    expect(engine.calls.slice(-2)).toEqual(['cancel', 'speak Dek @1.5']);
    // The cancelled utterance's events change nothing: Dek is read once more, not skipped.
    engine.end();
    expect(speaks().at(-1)).toBe('speak First @1.5');

    reader.pause();
    reader.setRate(2);
    expect(speaks().at(-1)).toBe('speak First @1.5');
    reader.resume();
    expect(speaks().at(-1)).toBe('speak First @2');
  });

  it('stops for good: nothing it queued speaks again, and a stale end is ignored', () => {
    const reader = start();
    const spoken = speaks().length;
    reader.stop();
    expect(engine.calls.at(-1)).toBe('cancel');
    expect(speaks()).toHaveLength(spoken);
    expect(onDone).not.toHaveBeenCalled();
    expect(onFail).not.toHaveBeenCalled();
  });

  it('stops and says so when the engine fails', () => {
    start();
    engine.fail('synthesis-failed');
    expect(onFail).toHaveBeenCalledOnce();
    expect(speaks()).toHaveLength(1);
  });

  it('speaks in the page’s language with a voice for it', () => {
    engine = fakeEngine([
      { name: 'French', lang: 'fr-FR', default: true },
      { name: 'British', lang: 'en-GB' },
      { name: 'American', lang: 'en_US' },
    ]);
    expect(voiceFor('en-US')?.name).toBe('American');
    engine = fakeEngine([
      { name: 'British', lang: 'en-GB', default: true },
      { name: 'American', lang: 'en-US' },
    ]);
    // The reader's own default wins when it speaks the language.
    expect(voiceFor('en-US')?.name).toBe('British');
    engine = fakeEngine([{ name: 'French', lang: 'fr-FR' }]);
    expect(voiceFor('en-US')).toBeUndefined();
  });
});
