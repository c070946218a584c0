import type { ReactNode } from 'react';
import { SkipOver } from '../../components/SkipOver';
import type { Block } from '../../content/schema';

type OfferBlock = Extract<Block, { type: 'offer' }>;

interface Props {
  blocks: Block[];
  /** The inline offer belongs to another feature; the page hands in how to draw it. */
  renderOffer: (block: OfferBlock) => ReactNode;
}

const targetId = (index: number) => `after-box-${index}`;

/** Maps each block type to what the reader sees, as Simorgh's componentsToRender. */
export function ArticleBody({ blocks, renderOffer }: Props) {
  // A block that follows a skippable box is the skip link's landing place.
  const isTarget = (i: number) => i > 0 && blocks[i - 1]?.type === 'offer';
  return (
    <div className="article-body">
      {blocks.map((block, i) => {
        const target = isTarget(i) ? { id: targetId(i), tabIndex: -1 } : {};
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={i} {...target}>
                {block.text}
              </p>
            );
          case 'heading':
            return (
              <h2 key={i} {...target}>
                {block.text}
              </h2>
            );
          case 'offer':
            return (
              <SkipOver key={i} label="Skip to next paragraph" targetId={targetId(i + 1)}>
                {renderOffer(block)}
                {i === blocks.length - 1 && <span id={targetId(i + 1)} tabIndex={-1} />}
              </SkipOver>
            );
        }
      })}
    </div>
  );
}
