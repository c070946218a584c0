import type { Piece } from '../../content/searchText';

/** Text with the searched words marked (the pieces come marked from the search). */
export function Highlighted({ pieces }: { pieces: readonly Piece[] }) {
  return (
    <>{pieces.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}</>
  );
}
