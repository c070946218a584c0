// The two sign-up pages whose content comes from their query, rendered per request so they
// work without JavaScript: the sign-up page showing a refused sign-up (the reason, the address
// kept) and the unsubscribe page holding the token from an email's link.
//
// Each is rendered by the site's own server renderer (the one `npm run build` prerenders with)
// into the prerendered file of the same page, replacing only the parts the renderer wrote: the
// head tags, the app's HTML and the hydration data. So the page keeps the site's shell, scripts
// and Content-Security-Policy exactly as built, and hydrates without a mismatch, because its
// HTML and its hydration data come from one rendering of one route table.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { newsletterPath, unsubscribePath } from '../src/lib/urls';

interface RenderedPage {
  status: number;
  head: string;
  body: string;
  data: string;
}

interface Renderer {
  renderPage(url: string, payloads: ReadonlyMap<string, unknown>): Promise<RenderedPage>;
}

interface Template {
  html: string;
  /** Where the renderer's three parts sit in the prerendered file, in order. */
  parts: { start: number; end: number; key: keyof Omit<RenderedPage, 'status'> }[];
}

export interface SignupPages {
  /** The page at `url` (path and query) as HTML, or undefined if it is not one of these pages. */
  render(url: string): Promise<string | undefined>;
}

export class PagesUnavailable extends Error {}

const renderedPaths = [newsletterPath, unsubscribePath];

// These pages read only their query: no content payloads are needed.
const noPayloads: ReadonlyMap<string, unknown> = new Map();

function isRenderer(value: unknown): value is Renderer {
  return (
    typeof value === 'object' &&
    value !== null &&
    'renderPage' in value &&
    typeof value.renderPage === 'function'
  );
}

function locate(file: string, html: string, rendered: RenderedPage): Template {
  const keys = ['head', 'body', 'data'] as const;
  const parts = keys.map((key) => {
    const text = rendered[key];
    const start = html.indexOf(text);
    if (text === '' || start < 0 || html.indexOf(text, start + 1) >= 0) {
      throw new PagesUnavailable(
        `${file} does not hold the renderer's ${key} exactly once: build the site again (npm run build)`,
      );
    }
    return { start, end: start + text.length, key };
  });
  parts.sort((a, b) => a.start - b.start);
  return { html, parts };
}

/** Loads the renderer and the prerendered pages; throws PagesUnavailable saying what is missing. */
export async function loadSignupPages(siteDir: string, rendererFile: string): Promise<SignupPages> {
  let module: unknown;
  try {
    module = await import(/* @vite-ignore */ pathToFileURL(rendererFile).href);
  } catch (error) {
    throw new PagesUnavailable(
      `cannot load the site's renderer ${rendererFile} (${error instanceof Error ? error.message : String(error)}): build the site first (npm run build)`,
    );
  }
  if (!isRenderer(module)) {
    throw new PagesUnavailable(`${rendererFile} has no renderPage: is it the site's entry-server?`);
  }
  const renderer = module;
  const templates = new Map<string, Template>();
  for (const page of renderedPaths) {
    const file = path.join(siteDir, page, 'index.html');
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      throw new PagesUnavailable(`${file} is missing: build the site first (npm run build)`);
    }
    templates.set(page, locate(file, html, await renderer.renderPage(page, noPayloads)));
  }

  return {
    async render(url) {
      const { pathname } = new URL(url, 'http://service.local');
      const template = templates.get(pathname.replace(/\/$/, ''));
      if (!template) return undefined;
      const rendered = await renderer.renderPage(url, noPayloads);
      let html = '';
      let at = 0;
      for (const part of template.parts) {
        html += template.html.slice(at, part.start) + rendered[part.key];
        at = part.end;
      }
      return html + template.html.slice(at);
    },
  };
}
