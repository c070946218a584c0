import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { RegionBoundary } from '../../components/RegionBoundary';
import { siteUrl } from '../../content/site';
import { StoryBody } from '../../features/story/StoryBody';
import { StoryHeader } from '../../features/story/StoryHeader';
import { StoryJsonLd } from '../../features/story/StoryJsonLd';
import {
  InlineOffer,
  LeadFigure,
  SaveButton,
  ShareTools,
  StorySidebar,
  StoryTools,
} from '../onDemand';
import { authorName } from '../../lib/authorName';
import type { storyLoader } from '../loaders';

/** The on-demand regions shown here: a link to this page waits for their code (pageModules.ts). */
export const regions = [LeadFigure, SaveButton, ShareTools, StoryTools, InlineOffer, StorySidebar];

/**
 * Each region around the text has its own boundary, keyed by the story so a failure does not
 * outlive it; the headline and body stay outside every boundary, so the story is always readable.
 */
export function StoryPage() {
  const { story, related, promos, inlineOffers } = useLoaderData<typeof storyLoader>();
  const key = story.slug;
  return (
    <div className="story-layout">
      <PageMeta
        title={story.headline}
        description={story.dek}
        path={story.url}
        image={story.lead}
        feed={story.section}
        article={{
          published: story.published,
          updated: story.updated,
          section: story.section.name,
          author: authorName(story.byline),
        }}
      />
      <StoryJsonLd story={story} />
      <article className="story">
        {/* Keyed by the story: moving to another one stops the voice and the place-keeping. */}
        <StoryHeader
          story={story}
          metaTools={
            <RegionBoundary key={key} name="Reading tools">
              <StoryTools story={story} />
            </RegionBoundary>
          }
        />
        <RegionBoundary key={key} name="Save and share tools">
          <SaveButton story={story} />
          <ShareTools url={siteUrl(story.url)} title={story.headline} />
        </RegionBoundary>
        {story.lead && (
          // Keyed apart from the tools' boundary beside it: siblings need keys of their own.
          <RegionBoundary key={`${key}:photo`} name="The photo">
            <LeadFigure image={story.lead} />
          </RegionBoundary>
        )}
        <StoryBody
          blocks={story.body}
          renderOffer={(block) => {
            const offer = inlineOffers[block.offer];
            return offer ? (
              <RegionBoundary key={key} name="Subscription offer">
                <InlineOffer offer={offer} story={story.slug} />
              </RegionBoundary>
            ) : null;
          }}
        />
      </article>
      <aside className="sidebar" aria-label="More from Broadsheet">
        <RegionBoundary key={key} name="More from Broadsheet">
          <StorySidebar promos={promos} related={related} story={story.slug} />
        </RegionBoundary>
      </aside>
    </div>
  );
}
