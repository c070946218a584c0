import { Component, type ReactNode } from 'react';

interface Props {
  /** What the reader is missing if this region fails, e.g. "Related stories". */
  name: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Keeps one region's failure (a malformed promo, a broken offer) from taking the story with it:
 * the region is replaced by a short note and the rest of the page works on. A class, as React
 * has error boundaries only as classes. No componentDidCatch: React itself reports the error
 * (console.error), and logging it again would add nothing. Give it a `key` that changes with the
 * content (the story's slug) so a failure does not outlive the story that caused it.
 */
export class RegionBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    const { name, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <section aria-label={name} className="region-error">
        <p>{name} could not be shown.</p>
      </section>
    );
  }
}
