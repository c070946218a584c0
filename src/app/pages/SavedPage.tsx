import { PageMeta } from '../../components/PageMeta';
import { SavedStories } from '../../features/saved/SavedStories';

// No `path`: the page differs for every reader, so it has no canonical URL to index.
export function SavedPage() {
  return (
    <>
      <PageMeta
        title="Saved stories"
        description="Stories you saved to read later, kept in this browser."
      />
      <h1 tabIndex={-1} className="page-title">
        Saved stories
      </h1>
      <p className="page-intro">
        Stories you save are kept in this browser only, not sent to Broadsheet.
      </p>
      <SavedStories />
    </>
  );
}
