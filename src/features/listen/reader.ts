import type { Utterance } from './readingQueue';
import { voiceFor } from './voiceFor';
import { speechEngine } from './voices';

// Reads a queue of pieces aloud through the browser's speech engine, one piece at a time, so the
// player always knows which piece is being read. Plain code, no React.

export interface ReaderOptions {
  lang: string;
  rate: number;
  /** A piece starts: its index in the queue. */
  onPiece: (index: number) => void;
  /** The last piece has been read. */
  onDone: () => void;
  /** The engine refused or failed: reading has stopped. */
  onFail: () => void;
}

export interface Reader {
  pause: () => void;
  resume: () => void;
  /** A new speed: the piece being read starts again at it (at once, or on resume). */
  setRate: (rate: number) => void;
  /** Silences the engine for good; nothing this reader queued will speak again. */
  stop: () => void;
}

/** Starts reading `queue` from its first piece. */
export function startReading(queue: readonly Utterance[], options: ReaderOptions): Reader {
  const engine = speechEngine();
  // Every piece handed to the engine carries the turn it was spoken in: an event from an older
  // turn (a piece cancelled by pause-and-restart, stop or a new speed) changes nothing.
  let turn = 0;
  let current = 0;
  let rate = options.rate;
  let paused = false;
  let restartOnResume = false;

  /** Clears whatever the engine holds, including a pause (Chrome keeps it across cancel). */
  function silence() {
    turn += 1;
    engine?.cancel();
    if (engine?.paused) engine.resume();
  }

  function speak(index: number) {
    const piece = queue[index];
    if (!engine || !piece) {
      options.onDone();
      return;
    }
    const mine = turn;
    current = index;
    options.onPiece(index);
    const utterance = new SpeechSynthesisUtterance(piece.text);
    utterance.lang = options.lang;
    const voice = voiceFor(options.lang);
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => {
      if (mine === turn) speak(index + 1);
    };
    utterance.onerror = (event) => {
      // Cancelled by us (pause-and-restart, stop): not a failure.
      if (mine !== turn || event.error === 'interrupted' || event.error === 'canceled') return;
      turn += 1;
      options.onFail();
    };
    engine.speak(utterance);
  }

  function restart() {
    silence();
    speak(current);
  }

  silence();
  speak(0);

  return {
    pause() {
      paused = true;
      engine?.pause();
    },
    resume() {
      paused = false;
      if (restartOnResume) {
        restartOnResume = false;
        restart();
      } else engine?.resume();
    },
    setRate(next) {
      rate = next;
      if (paused) restartOnResume = true;
      else restart();
    },
    stop: silence,
  };
}
