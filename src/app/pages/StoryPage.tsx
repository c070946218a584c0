import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { RegionBoundary } from '../../components/RegionBoundary';
import { siteUrl } from '../../content/site';
import { ArticleBody } from '../../features/article/ArticleBody';
import { ArticleHeader } from '../../features/article/ArticleHeader';
import { ArticleJsonLd } from '../../features/article/ArticleJsonLd';
import {
  ArticleSidebar,
  InlineOffer,
  LeadFigure,
  SaveButton,
  ShareTools,
  StoryTools,
} from '../onDemand';
import { authorName } from '../../lib/authorName';
import type { storyLoader } from '../loaders';

/**
 * Each region around the text has its own boundary, keyed by the story so a failure does not
 * outlive it; the headline and body stay outside every boundary, so the story is always readable.
 */
export function ArticlePage() {
  const { article, related, promos, inlineOffers } = useLoaderData<typeof storyLoader>();
  const key = article.slug;
  return (
    <div className="article-layout">
      <PageMeta
        title={article.headline}
        description={article.dek}
        path={article.url}
        image={article.lead}
        feed={article.sectionInfo}
        article={{
          published: article.published,
          updated: article.updated,
          section: article.sectionInfo.name,
          author: authorName(article.byline),
        }}
      />
      <ArticleJsonLd article={article} />
      <article className="article">
        {/* Keyed by the story: moving to another one stops the voice and the place-keeping. */}
        <ArticleHeader
          article={article}
          metaTools={
            <RegionBoundary key={key} name="Reading tools">
              <StoryTools story={article} />
            </RegionBoundary>
          }
        />
        <RegionBoundary key={key} name="Save and share tools">
          <SaveButton
            story={{
              slug: article.slug,
              url: article.url,
              headline: article.headline,
              dek: article.dek,
              section: article.sectionInfo.name,
              published: article.published,
            }}
          />
          <ShareTools url={siteUrl(article.url)} title={article.headline} />
        </RegionBoundary>
        {article.lead && <LeadFigure image={article.lead} />}
        <ArticleBody
          blocks={article.body}
          renderOffer={(block) => {
            const offer = inlineOffers[block.offer];
            return offer ? (
              <RegionBoundary key={key} name="Subscription offer">
                <InlineOffer offer={offer} story={article.slug} />
              </RegionBoundary>
            ) : null;
          }}
        />
      </article>
      <aside className="sidebar" aria-label="More from Broadsheet">
        <ArticleSidebar key={key} promos={promos} related={related} story={article.slug} />
      </aside>
    </div>
  );
}
