import { compileContent } from '../../src/content/compile';
import type {
  SectionListPayload,
  StoryListPayload,
  StoryPayload,
  OffersPayload,
} from '../../src/content/payloads';
import { dataPaths } from '../../src/content/payloads';
import { readContent } from '../../src/content/read';
import { prepareImages } from '../../scripts/images/buildImages';

// Component tests render the site's real content, compiled as the build compiles it.

export const sampleSlug = 'russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset';

export async function realPayloads() {
  const content = await readContent();
  const images = await prepareImages(content);
  const payloads = compileContent(content, images.imageSet);
  const get = (path: string): unknown => {
    const found = payloads.get(path);
    if (found === undefined) throw new Error(`no payload at ${path}`);
    return found;
  };
  return {
    content,
    images,
    payloads,
    story: (slug: string) => get(dataPaths.story(slug)) as StoryPayload,
    home: () => get(dataPaths.home(1)) as StoryListPayload,
    section: (id: string) => get(dataPaths.section(id, 1)) as SectionListPayload,
    offers: () => get(dataPaths.offers()) as OffersPayload,
  };
}
