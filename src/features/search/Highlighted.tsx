import { highlight } from './highlight';

/** Text with the searched words marked. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((piece, i) =>
        piece.match ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
