import { readFile } from 'node:fs/promises';
import { compileContent } from '../src/content/compile';
import { readContent } from '../src/content/read';
import { ContentError } from '../src/content/validate';
import { imageFormats, imageType } from '../src/lib/imageFiles';
import { encodeImages, prepareImages, servedFiles } from './images/buildImages';

interface Answer {
  status: number;
  type: string;
  body: string | Buffer;
}

// The content and its photos as they are on disk now: read, checked and (for photos the cache
// lacks) encoded on each request, so an edit shows on the next reload.
async function current() {
  const content = await readContent();
  const images = await prepareImages(content);
  return { content, images };
}

function problem(error: unknown): Answer {
  // A content mistake shows in the browser and the terminal with its file and field.
  const body = error instanceof ContentError ? error.message : String(error);
  console.error(body);
  return { status: 500, type: 'text/plain; charset=utf-8', body };
}

export async function devPayload(path: string): Promise<Answer> {
  try {
    const { content, images } = await current();
    const payload = compileContent(content, images.imageSet).get(path);
    if (payload === undefined) return { status: 404, type: 'application/json', body: 'null' };
    return { status: 200, type: 'application/json', body: JSON.stringify(payload) };
  } catch (error) {
    return problem(error);
  }
}

/** A photo's rendition under /images/, encoded into the build's cache first if need be. */
export async function devImage(path: string): Promise<Answer | undefined> {
  try {
    const { images } = await current();
    const file = servedFiles(images).get(path);
    if (!file) return undefined;
    await encodeImages(images);
    const format = imageFormats.find((f) => path.endsWith(`.${f}`)) ?? 'jpg';
    return { status: 200, type: imageType(format), body: await readFile(file) };
  } catch (error) {
    return problem(error);
  }
}
