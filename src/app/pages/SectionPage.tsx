import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { savableStory } from '../../features/saved/savableStory';
import { SaveButton } from '../../features/saved/SaveButton';
import { StoryList } from '../../features/sections/StoryList';
import { sectionPath } from '../../lib/urls';
import type { sectionLoader } from '../loaders';

export function SectionPage() {
  const { section, stories } = useLoaderData<typeof sectionLoader>();
  return (
    <>
      <PageMeta
        title={section.name}
        description={section.description}
        path={sectionPath(section.id)}
        feed={section}
      />
      <h1 tabIndex={-1} className="page-title">
        {section.name}
      </h1>
      <p className="page-intro">{section.description}</p>
      <StoryList
        stories={stories}
        showSection={false}
        actions={(story) => <SaveButton story={savableStory(story)} nameWithHeadline />}
      />
    </>
  );
}
