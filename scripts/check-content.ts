// `npm run check:content [CONTENT_DIR [ARTICLES_DIR]]`: check content without building.
// Prints every problem with its file and field, and exits 1 if there is any.
import path from 'node:path';
import { defaultContentDir, readContent } from '../src/content/read';
import { ContentError } from '../src/content/validate';

const [dirArg, articlesArg] = process.argv.slice(2);
const dir = dirArg ? path.resolve(dirArg) : defaultContentDir;
const articlesDir = articlesArg ? path.resolve(articlesArg) : undefined;

try {
  const content = await readContent(dir, articlesDir);
  console.log(
    `Content is valid: ${content.articles.length} stories, ${content.promos.length} promos, ${content.offers.length} offers.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
