import { useEffect, useState, type ReactNode } from 'react';
import type { ReadableStory } from './readingQueue';
import { speechEngine, voicesFor } from './voices';
import './listen.css';

/**
 * "Listen to this story": reads the story aloud with the browser's own speech engine, in the
 * page's language. Its place is in the prerendered page, and it shows only once the browser is
 * known to have a voice for the language (voices may arrive late), so nothing ever moves; where
 * there is none, there is no button at all. The player and everything it needs load on the first
 * press: a story's first visit carries only this button.
 */
export function ListenButton({ story }: { story: ReadableStory }) {
  const [speech, setSpeech] = useState<'none' | 'ready'>();
  const [player, setPlayer] = useState<ReactNode>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    const engine = speechEngine();
    const check = () =>
      setSpeech(voicesFor(document.documentElement.lang).length > 0 ? 'ready' : 'none');
    check();
    engine?.addEventListener('voiceschanged', check);
    return () => engine?.removeEventListener('voiceschanged', check);
  }, []);

  return (
    <div className="listen js-only" data-speech={speech}>
      <button
        type="button"
        className="button-quiet listen-button"
        onClick={({ currentTarget }) => {
          // Each press reads the story from the top: a new player replaces any open one.
          import('./ListenPlayer').then(
            ({ ListenPlayer }) =>
              setPlayer(
                <ListenPlayer
                  key={performance.now()}
                  story={story}
                  announce={setMessage}
                  listenButton={currentTarget}
                />,
              ),
            () => setMessage('Listening could not start'),
          );
        }}
      >
        Listen to this story
      </button>
      {/* Present from the start, so what it says is announced. */}
      <span role="status" className="visually-hidden">
        {message}
      </span>
      {player}
    </div>
  );
}
