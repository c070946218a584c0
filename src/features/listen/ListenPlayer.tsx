import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { storyPartElement } from '../../lib/storyPartElements';
import { useStoredState } from '../../lib/storedState';
import { listenRate, rateLabel, rates } from './listenRate';
import { startReading, type Reader } from './reader';
import { readingQueue, type ReadableStory } from './readingQueue';

/** On the element being read aloud (the CSS lights it up). */
const readingAloudAttribute = 'data-reading-aloud';
/** On <html> while the player is open, so the page leaves room for it at the bottom. */
const playerOpenAttribute = 'data-listening';

interface Props {
  story: ReadableStory;
  /** Says a change of state to screen-reader users (the button's polite live region). */
  announce: (message: string) => void;
  /** Where focus goes back when the player closes with focus in it. */
  listenButton: HTMLElement;
}

const smooth = () =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
const inView = (element: Element) => {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
};
const wholeInView = (element: Element) => {
  const { top, bottom } = element.getBoundingClientRect();
  return top >= 0 && bottom <= window.innerHeight;
};
/** How long the player's own scrolling may last, where the browser cannot say it ended. */
const ownScrollTime = 1000;

/**
 * The controls while a story is read aloud, fixed at the foot of the window, where they move
 * nothing on the page: pause and resume, stop, the speed, and a way back to the paragraph being
 * read once the reader has scrolled away from it. Reading starts when the player opens and stops
 * when it closes, whatever closes it: Stop, the end, or a move to another page.
 */
export function ListenPlayer({ story, announce, listenButton }: Props) {
  const [open, setOpen] = useState(true);
  return open ? (
    <PlayerBar
      story={story}
      announce={announce}
      listenButton={listenButton}
      onClose={() => setOpen(false)}
    />
  ) : null;
}

function PlayerBar({ story, announce, listenButton, onClose }: Props & { onClose: () => void }) {
  const lang = document.documentElement.lang;
  const queue = useMemo(() => readingQueue(story, lang), [story, lang]);
  const firstControl = useRef<HTMLButtonElement>(null);
  const rate = useStoredState(listenRate);
  const [paused, setPaused] = useState(false);
  const [following, setFollowing] = useState(true);
  const [piece, setPiece] = useState(0);
  const reader = useRef<Reader | undefined>(undefined);
  const region = useRef<HTMLElement>(null);
  const followingRef = useRef(true);
  // Until when a scroll is the player's own, not the reader's.
  const ownScrollUntil = useRef(0);
  const bringIntoView = (element: Element) => {
    ownScrollUntil.current = performance.now() + ownScrollTime;
    element.scrollIntoView({ block: 'center', behavior: smooth() });
  };
  const speedId = useId();

  const current = () => {
    const part = queue[piece]?.part;
    return part === undefined ? null : storyPartElement(part);
  };

  const closeFrom = (message: string) => {
    announce(message);
    if (region.current?.contains(document.activeElement)) listenButton.focus();
    onClose();
  };
  // The latest close, for the reader's callbacks, which outlive the render that made them.
  const close = useRef(closeFrom);
  useEffect(() => {
    close.current = closeFrom;
  });

  // Reading starts with the player and stops with it, on every way out of the page too.
  useEffect(() => {
    let lit: HTMLElement | null = null;
    const root = document.documentElement;
    root.setAttribute(playerOpenAttribute, '');
    const active = startReading(queue, {
      lang,
      rate: listenRate.get(),
      onPiece(index) {
        setPiece(index);
        lit?.removeAttribute(readingAloudAttribute);
        const part = queue[index]?.part;
        lit = part === undefined ? null : storyPartElement(part);
        lit?.setAttribute(readingAloudAttribute, '');
        if (lit && followingRef.current && !wholeInView(lit)) bringIntoView(lit);
      },
      onDone: () => close.current('Finished listening'),
      onFail: () => close.current('Listening stopped: this browser could not read the story aloud'),
    });
    reader.current = active;
    announce('Playing');
    firstControl.current?.focus();
    const stop = () => active.stop();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      active.stop();
      lit?.removeAttribute(readingAloudAttribute);
      root.removeAttribute(playerOpenAttribute);
    };
  }, [queue, lang, announce]);

  // Keeping the paragraph in view pauses once the reader scrolls away from it, and picks up again
  // when they scroll back to it. Only the reader's scrolling counts, never the player's own: a
  // scroll that ends (or comes) after the player's has settled is the reader's.
  useEffect(() => {
    const follow = () => {
      const element = document.querySelector(`[${readingAloudAttribute}]`);
      if (!element) return;
      followingRef.current = inView(element);
      setFollowing(followingRef.current);
    };
    const onScroll = () => {
      if (performance.now() >= ownScrollUntil.current) follow();
    };
    const onScrollEnd = () => {
      ownScrollUntil.current = 0;
      follow();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', onScrollEnd);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', onScrollEnd);
    };
  }, []);

  function togglePause() {
    if (paused) reader.current?.resume();
    else reader.current?.pause();
    setPaused(!paused);
    announce(paused ? 'Playing' : 'Paused');
  }

  function stop() {
    reader.current?.stop();
    closeFrom('Stopped listening');
  }

  function changeRate(value: string) {
    const next = Number(value);
    listenRate.write(() => next);
    reader.current?.setRate(next);
  }

  function backToListening() {
    followingRef.current = true;
    setFollowing(true);
    const element = current();
    if (element) bringIntoView(element);
    // The button goes once used: focus stays in the player.
    firstControl.current?.focus();
  }

  return (
    <section ref={region} className="listen-player" aria-label="Listening to this story">
      <p className="listen-state">{paused ? 'Paused' : 'Listening'}</p>
      <button ref={firstControl} type="button" className="button-quiet" onClick={togglePause}>
        {paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" className="button-quiet" onClick={stop}>
        Stop
      </button>
      <label className="listen-speed" htmlFor={speedId}>
        Speed
        <select id={speedId} value={rate} onChange={(event) => changeRate(event.target.value)}>
          {rates.map((option) => (
            <option key={option} value={option}>
              {rateLabel(option)}
            </option>
          ))}
        </select>
      </label>
      {!following && (
        <button type="button" className="button-quiet" onClick={backToListening}>
          Back to where I’m listening
        </button>
      )}
    </section>
  );
}
