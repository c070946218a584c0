import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { site } from '../../content/site';
import { savableStory } from '../../features/saved/savableStory';
import { SaveButton } from '../../features/saved/SaveButton';
import { StoryList } from '../../features/sections/StoryList';
import { homePath } from '../../lib/urls';
import type { homeLoader } from '../loaders';

export function HomePage() {
  const { stories } = useLoaderData<typeof homeLoader>();
  return (
    <>
      <PageMeta description={site.tagline} path={homePath} />
      <h1 tabIndex={-1} className="page-title">
        Latest stories
      </h1>
      <StoryList
        stories={stories}
        actions={(story) => <SaveButton story={savableStory(story)} nameWithHeadline />}
      />
    </>
  );
}
