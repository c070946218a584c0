import { tokenise } from '../../content/searchText';

// Highlighting works on text and returns text pieces: matched words become <mark> elements
// when rendered, and nothing from a story is ever parsed as markup. Words are found with the
// index's own tokeniser, so exactly the words that matched are marked: "US" marks "US" and
// "U.S.", never "used"; "Obama's" marks "Obama's" for "obama".

export interface Piece {
  text: string;
  match: boolean;
}

/** Splits text into matched and unmatched pieces, in order; joined they give the text back. */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  const wanted = new Set(terms);
  const pieces: Piece[] = [];
  let last = 0;
  for (const token of wanted.size > 0 ? tokenise(text) : []) {
    if (!wanted.has(token.term)) continue;
    if (token.start > last) pieces.push({ text: text.slice(last, token.start), match: false });
    pieces.push({ text: text.slice(token.start, token.end), match: true });
    last = token.end;
  }
  if (last < text.length || pieces.length === 0)
    pieces.push({ text: text.slice(last), match: false });
  return pieces;
}
