// Photos for generated archives (scripts/generate-content.ts): a few dozen shared sources, as a
// newsroom's archive reuses its pictures, so the build's image work grows with the photos and
// not with the stories. Made from the site's sample artwork: each one a different crop, colour
// and light, written beside the generated stories as a source file of its own.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { defaultContentDir } from '../../src/content/read';
import type { Story } from '../../src/content/schema';

const artwork = [
  'boston-marathon-start-line',
  'harbor-community-garden',
  'library-tool-shelf',
  'moscow-shop-television',
  'night-train-sleeper-car',
  'repair-cafe-workbench',
  'streetlights-at-dusk',
];
/** Each artwork as it is, and in this many variations. */
const variations = 3;
export const sharedPhotoCount = artwork.length * (variations + 1);

const made = new Map<string, Promise<void>>();

/** Writes one variation: cropped from the right and bottom (the label stays), recoloured. */
function makeVariation(source: string, file: string, variation: number): Promise<void> {
  let done = made.get(file);
  if (!done) {
    done = (async () => {
      await mkdir(path.dirname(file), { recursive: true });
      const width = 2400 - 120 * variation;
      const height = Math.round((width * 2) / 3);
      await sharp(source)
        .extract({ left: 0, top: 40 * variation, width, height })
        .modulate({
          hue: 25 * variation,
          saturation: 1 + 0.15 * variation,
          brightness: 1 - 0.05 * variation,
        })
        .jpeg({ quality: 84, mozjpeg: true })
        .toFile(file);
    })();
    made.set(file, done);
  }
  return done;
}

/** The lead photo of generated story `i`, one of `sharedPhotoCount`, made on first use in `dir`. */
export async function sharedPhoto(i: number, dir: string): Promise<NonNullable<Story['lead']>> {
  const n = i % sharedPhotoCount;
  const name = artwork[n % artwork.length] ?? 'night-train-sleeper-car';
  const variation = Math.floor(n / artwork.length);
  const source = path.join(defaultContentDir, 'images', `${name}.jpg`);
  const file =
    variation === 0 ? source : path.join(dir, 'images', `${name}-${String(variation)}.jpg`);
  if (variation > 0) await makeVariation(source, file, variation);
  return {
    // Photo paths are written from src/content/, as an editor writes them.
    src: path.relative(defaultContentDir, file),
    alt: 'Sample artwork for a generated sample story',
    caption: 'Sample artwork for generated sample content.',
    credit: 'Illustration: Broadsheet',
    sample: true,
  };
}
