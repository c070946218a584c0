import { compileContent } from '../../src/content/compile';
import type { SectionList, StoryList, StoryPage, OffersPage } from '../../src/content/payloads';
import { dataPaths } from '../../src/content/payloads';
import { readContent } from '../../src/content/read';

// Component tests render the site's real content, compiled as the build compiles it.

export const sampleSlug = 'russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset';

export async function realPayloads() {
  const content = await readContent();
  const payloads = compileContent(content);
  const get = <T>(path: string): T => {
    const found = payloads.get(path);
    if (found === undefined) throw new Error(`no payload at ${path}`);
    return found as T;
  };
  return {
    content,
    payloads,
    story: (slug: string) => get<StoryPage>(dataPaths.story(slug)),
    home: () => get<StoryList>(dataPaths.home()),
    section: (id: string) => get<SectionList>(dataPaths.section(id)),
    offers: () => get<OffersPage>(dataPaths.offers()),
  };
}
