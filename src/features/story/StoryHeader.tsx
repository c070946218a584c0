import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { StoryPage } from '../../content/payloads';
import { storyPart } from '../../lib/storyParts';
import { sectionPath } from '../../lib/urls';
import { Byline } from './Byline';
import { Dateline } from './Dateline';
import { SampleNotice } from './SampleNotice';

interface Props {
  article: StoryPage['article'];
  /** What the page adds at the end of the byline and date line (Listen belongs to another feature). */
  metaTools?: ReactNode;
}

export function ArticleHeader({ article, metaTools }: Props) {
  return (
    <header className="article-header">
      <p className="section-label">
        <Link to={sectionPath(article.sectionInfo.id)}>{article.sectionInfo.name}</Link>
      </p>
      {/* tabIndex lets focus land here after a client-side page change. */}
      {/* dir="auto": a headline or dek in a right-to-left script runs right to left. */}
      <h1 className="headline" tabIndex={-1} dir="auto" {...storyPart('headline')}>
        {article.headline}
      </h1>
      <p className="dek" dir="auto" {...storyPart('dek')}>
        {article.dek}
      </p>
      {article.sample && <SampleNotice />}
      <div className="article-meta">
        <Byline byline={article.byline} />
        <Dateline published={article.published} updated={article.updated} />
        <p className="reading-time">{`${String(article.readingMinutes)} min read`}</p>
        {metaTools}
      </div>
    </header>
  );
}
