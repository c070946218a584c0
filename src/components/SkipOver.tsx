import type { ReactNode } from 'react';
import { focusTarget } from '../lib/focusTarget';

interface Props {
  label: string;
  /** Id of the focusable element (tabIndex -1) that follows the skipped box. */
  targetId: string;
  children: ReactNode;
}

/** A "Skip to next paragraph" link over an inline box, as DCR's InlineSkipToWrapper. */
export function SkipOver({ label, targetId, children }: Props) {
  return (
    <>
      <a
        className="skip-link skip-link--inline"
        href={`#${targetId}`}
        onClick={(e) => focusTarget(e, targetId)}
      >
        {label}
      </a>
      {children}
    </>
  );
}
