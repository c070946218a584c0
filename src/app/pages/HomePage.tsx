import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { Pagination } from '../../components/Pagination';
import { RegionBoundary } from '../../components/RegionBoundary';
import { site } from '../../content/site';
import { ContinueReading, SaveButton } from '../onDemand';
import { StoryList } from '../../features/sections/StoryList';
import { homePagePath } from '../../lib/urls';
import type { homeLoader } from '../loaders';

/** The on-demand regions shown here: a link to this page waits for their code (pageModules.ts). */
export const regions = [ContinueReading, SaveButton];

export function HomePage() {
  const { stories, page, pageCount } = useLoaderData<typeof homeLoader>();
  return (
    <>
      <PageMeta
        title={page > 1 ? `Latest stories, page ${String(page)}` : undefined}
        description={site.tagline}
        path={homePagePath(page)}
      />
      {page === 1 && (
        <RegionBoundary name="Continue reading">
          <ContinueReading />
        </RegionBoundary>
      )}
      <h1 tabIndex={-1} className="page-title">
        Latest stories
      </h1>
      <StoryList
        stories={stories}
        actions={(story) => <SaveButton story={story} nameWithHeadline />}
      />
      <Pagination page={page} pageCount={pageCount} href={homePagePath} />
    </>
  );
}
