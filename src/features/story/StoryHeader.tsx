import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { StoryPayload } from '../../content/payloads';
import { storyPart } from '../../lib/storyParts';
import { sectionPath } from '../../lib/urls';
import { Byline } from './Byline';
import { Dateline } from './Dateline';
import { SampleNotice } from './SampleNotice';

interface Props {
  story: StoryPayload['story'];
  /** What the page adds at the end of the byline and date line (Listen belongs to another feature). */
  metaTools?: ReactNode;
}

export function StoryHeader({ story, metaTools }: Props) {
  return (
    <header className="story-header">
      <p className="section-label">
        <Link to={sectionPath(story.section.id)}>{story.section.name}</Link>
      </p>
      {/* tabIndex lets focus land here after a client-side page change. */}
      {/* dir="auto": a headline or dek in a right-to-left script runs right to left. */}
      <h1 className="headline" tabIndex={-1} dir="auto" {...storyPart('headline')}>
        {story.headline}
      </h1>
      <p className="dek" dir="auto" {...storyPart('dek')}>
        {story.dek}
      </p>
      {story.sample && <SampleNotice />}
      <div className="story-meta">
        <Byline byline={story.byline} />
        <Dateline published={story.published} updated={story.updated} />
        <p className="reading-time">{`${String(story.readingMinutes)} min read`}</p>
        {metaTools}
      </div>
    </header>
  );
}
