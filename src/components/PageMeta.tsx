import { site } from '../content/site';

interface Props {
  /** The page's own title; the site name is added. */
  title?: string;
  description: string;
  /** Site path of the page's canonical URL; omit for pages that should not be indexed alone. */
  path?: string;
}

/** React 19 hoists these into <head>, in the prerendered HTML and after every navigation. */
export function PageMeta({ title, description, path }: Props) {
  return (
    <>
      <title>{title ? `${title} | ${site.name}` : `${site.name}: ${site.tagline}`}</title>
      <meta name="description" content={description} />
      {path !== undefined && <link rel="canonical" href={new URL(path, site.origin).href} />}
    </>
  );
}
