// `npm run check:content [CONTENT_DIR [STORIES_DIR]]`: check content without building.
// Prints every problem with its file and field, and exits 1 if there is any.
import path from 'node:path';
import { defaultContentDir, readContent } from '../src/content/read';
import { ContentError } from '../src/content/validate';
import { prepareImages } from './images/buildImages';

const [dirArg, storiesArg] = process.argv.slice(2);
const dir = dirArg ? path.resolve(dirArg) : defaultContentDir;
const storiesDir = storiesArg ? path.resolve(storiesArg) : undefined;

try {
  const content = await readContent(dir, storiesDir);
  // Every photo exists, is a JPEG, PNG or WebP, and is large enough (nothing is encoded here).
  const images = await prepareImages(content, dir);
  console.log(
    `Content is valid: ${content.stories.length} stories, ${content.promos.length} promos, ${content.offers.length} offers, ${images.sources.length} photos.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
