import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { Pagination } from '../../components/Pagination';
import { SaveButton } from '../onDemand';
import { StoryList } from '../../features/sections/StoryList';
import { sectionPagePath } from '../../lib/urls';
import type { sectionLoader } from '../loaders';

/** The on-demand regions shown here: a link to this page waits for their code (pageModules.ts). */
export const regions = [SaveButton];

export function SectionPage() {
  const { section, stories, page, pageCount } = useLoaderData<typeof sectionLoader>();
  return (
    <>
      <PageMeta
        title={page > 1 ? `${section.name}, page ${String(page)}` : section.name}
        description={section.description}
        path={sectionPagePath(section.id, page)}
        feed={section}
      />
      <h1 tabIndex={-1} className="page-title">
        {section.name}
      </h1>
      <p className="page-intro">{section.description}</p>
      <StoryList
        stories={stories}
        showSection={false}
        actions={(story) => <SaveButton story={story} nameWithHeadline />}
      />
      <Pagination page={page} pageCount={pageCount} href={(n) => sectionPagePath(section.id, n)} />
    </>
  );
}
