import type { ReactNode } from 'react';
import { SkipOver } from '../../components/SkipOver';
import type { Block } from '../../content/schema';
import { storyPart } from '../../lib/storyParts';

type OfferBlock = Extract<Block, { type: 'offer' }>;

interface Props {
  blocks: Block[];
  /** The inline offer belongs to another feature; the page hands in how to draw it. */
  renderOffer: (block: OfferBlock) => ReactNode;
}

const targetId = (index: number) => `after-box-${index}`;

/** Maps each block type to what the reader sees, as Simorgh's componentsToRender. */
export function StoryBody({ blocks, renderOffer }: Props) {
  // A skip link lands on the first block after the run of boxes it stands over.
  const isTarget = (i: number) => blocks[i]?.type !== 'offer' && blocks[i - 1]?.type === 'offer';
  const landing = (i: number) => {
    let j = i + 1;
    while (blocks[j]?.type === 'offer') j += 1;
    return j;
  };
  return (
    <div className="story-body">
      {blocks.map((block, i) => {
        const target = isTarget(i) ? { id: targetId(i), tabIndex: -1 } : {};
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={i} dir="auto" {...target} {...storyPart(i)}>
                {block.text}
              </p>
            );
          case 'heading':
            return (
              <h2 key={i} dir="auto" {...target} {...storyPart(i)}>
                {block.text}
              </h2>
            );
          case 'offer':
            return (
              <SkipOver key={i} label="Skip to next paragraph" targetId={targetId(landing(i))}>
                {renderOffer(block)}
                {i === blocks.length - 1 && <span id={targetId(blocks.length)} tabIndex={-1} />}
              </SkipOver>
            );
        }
      })}
    </div>
  );
}
