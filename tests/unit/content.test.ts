import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultContentDir } from '../../src/content/read';
import {
  ContentError,
  validateContent,
  type ContentFile,
  type ContentProblem,
  type ContentSources,
} from '../../src/content/validate';

// Every bad-content case the build must refuse, each made by breaking one real file.

const sampleFile = 'src/content/stories/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset.json';
let real: ContentSources;

async function load(name: string): Promise<ContentFile> {
  const full = path.join(defaultContentDir, name);
  return { path: path.relative(process.cwd(), full), text: await readFile(full, 'utf8') };
}

beforeAll(async () => {
  const names = (await readdir(path.join(defaultContentDir, 'stories'))).sort();
  real = {
    site: await load('site.json'),
    promos: await load('promos.json'),
    offers: await load('offers.json'),
    stories: await Promise.all(names.map((n) => load(`stories/${n}`))),
  };
});

type Json = Record<string, unknown>;
const edit = (file: ContentFile, change: (json: Json) => void): ContentFile => {
  const json = JSON.parse(file.text) as Json;
  change(json);
  return { ...file, text: JSON.stringify(json) };
};
const withStory = (change: (json: Json) => void): ContentSources => ({
  ...real,
  stories: real.stories.map((f) => (f.path === sampleFile ? edit(f, change) : f)),
});
const lead = (json: Json) => json.lead as Json;

function problemsOf(sources: ContentSources): ContentProblem[] {
  try {
    validateContent(sources);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('content was accepted');
}

describe('content check', () => {
  it('accepts the real content and keeps every story', () => {
    const content = validateContent(real);
    expect(content.stories).toHaveLength(real.stories.length);
    const sample = content.stories.find((a) => a.slug.startsWith('russia-not-obamas'));
    expect(sample?.headline).toBe(
      "Russia not Obama's 'No. 1 foe,' but Moscow doubts a fresh 'reset'",
    );
    expect(sample?.byline).toBe('By Correspondent');
    expect(sample?.lead?.credit).toBe('Mikhail Metzel/AP');
    const paragraphs = sample?.body.filter((b) => b.type === 'paragraph') ?? [];
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]?.text).toMatch(/^Many Russians appeared satisfied/);
    expect(paragraphs.at(-1)?.text).toMatch(/^Chief among the accomplishments/);
    // The scraper's debris is page furniture, not story text.
    const text = JSON.stringify(sample);
    expect(text).not.toContain('Skip to');
    expect(text).not.toContain('Become a fan');
  });

  const cases: [string, () => ContentSources, Partial<ContentProblem>][] = [
    [
      'invalid JSON',
      () => ({
        ...real,
        stories: real.stories.map((f) =>
          f.path === sampleFile ? { ...f, text: f.text.replace('{', '{,') } : f,
        ),
      }),
      { file: sampleFile, field: '', message: expect.stringContaining('not valid JSON') as string },
    ],
    [
      'a missing headline',
      () => withStory((j) => delete j.headline),
      { file: sampleFile, field: 'headline' },
    ],
    [
      'a wrongly typed field',
      () => withStory((j) => (j.related = 'danny-bent-one-run-for-boston')),
      { file: sampleFile, field: 'related' },
    ],
    [
      'a paragraph with a number for text',
      () => withStory((j) => ((j.body as Json[])[3] = { type: 'paragraph', text: 42 })),
      { file: sampleFile, field: 'body[3].text' },
    ],
    [
      'an image without alt text',
      () => withStory((j) => delete lead(j).alt),
      {
        file: sampleFile,
        field: 'lead.alt',
        message: expect.stringContaining('"decorative": true') as string,
      },
    ],
    [
      'an image with empty alt text',
      () => withStory((j) => (lead(j).alt = ' ')),
      { file: sampleFile, field: 'lead.alt' },
    ],
    [
      'an image marked decorative that also has alt text',
      () => withStory((j) => (lead(j).decorative = true)),
      {
        file: sampleFile,
        field: 'lead.alt',
        message: expect.stringContaining('decorative') as string,
      },
    ],
    [
      'an image whose source is a site address instead of a file',
      () => withStory((j) => (lead(j).src = '/images/moscow-shop-television.svg')),
      {
        file: sampleFile,
        field: 'lead.src',
        message: expect.stringContaining('JPEG, PNG or WebP file from src/content/') as string,
      },
    ],
    [
      'an image whose source is a URL',
      () => withStory((j) => (lead(j).src = 'https://example.com/photo.jpg')),
      { file: sampleFile, field: 'lead.src' },
    ],
    [
      'an image without a credit',
      () => withStory((j) => delete lead(j).credit),
      { file: sampleFile, field: 'lead.credit' },
    ],
    [
      'a lead photo without a caption (it is shown with one)',
      () => withStory((j) => delete lead(j).caption),
      { file: sampleFile, field: 'lead.caption' },
    ],
    [
      'an image with a field the schema does not know',
      () => withStory((j) => (lead(j).width = 1200)),
      { file: sampleFile, field: 'lead' },
    ],
    [
      'a site sharing picture without alt text',
      () => ({ ...real, site: edit(real.site, (j) => delete (j.shareImage as Json).alt) }),
      { file: 'src/content/site.json', field: 'shareImage.alt' },
    ],
    [
      'a related story that does not exist',
      () => withStory((j) => (j.related = ['no-such-story'])),
      {
        file: sampleFile,
        field: 'related[0]',
        message: expect.stringContaining('no-such-story') as string,
      },
    ],
    [
      'a duplicate slug',
      () => ({
        ...real,
        stories: [
          ...real.stories,
          { path: 'src/content/stories/copy.json', text: real.stories[0]?.text ?? '' },
        ],
      }),
      {
        file: 'src/content/stories/copy.json',
        field: 'slug',
        message: expect.stringContaining('duplicate slug') as string,
      },
    ],
    [
      'an unknown section',
      () => withStory((j) => (j.section = 'sport')),
      {
        file: sampleFile,
        field: 'section',
        message: expect.stringContaining('unknown section') as string,
      },
    ],
    [
      'a date that is not a date',
      () => withStory((j) => (j.published = 'November 7, 2012')),
      { file: sampleFile, field: 'published' },
    ],
    [
      'a promo pointing to a story that does not exist',
      () => ({
        ...real,
        promos: edit(real.promos, (j) => (((j as unknown as Json[])[0] ?? {}).story = 'gone')),
      }),
      { file: 'src/content/promos.json', field: '[0].story' },
    ],
    [
      'an inline offer block naming no offer',
      () => withStory((j) => ((j.body as Json[])[1] = { type: 'offer', offer: 'nothing' })),
      { file: sampleFile, field: 'body[1].offer' },
    ],
    [
      'a checkout URL that is not https',
      () => ({
        ...real,
        offers: edit(real.offers, (j) => {
          const first = (j.offers as Json[])[0];
          if (first) first.checkoutUrl = 'http://checkout.example/digital';
        }),
      }),
      { file: 'src/content/offers.json', field: 'offers[0].checkoutUrl' },
    ],
    [
      'a story with an empty body',
      () => withStory((j) => (j.body = [])),
      {
        file: sampleFile,
        field: 'body',
        message: expect.stringContaining('at least one block') as string,
      },
    ],
    [
      'a follow link to a service that has closed',
      () => ({
        ...real,
        site: edit(real.site, (j) => {
          const follow = j.follow as { links: Json[] };
          follow.links.push({
            label: 'Google+',
            href: 'https://plus.google.com/+Broadsheet',
            sample: true,
          });
        }),
      }),
      {
        file: 'src/content/site.json',
        field: 'follow.links[3].href',
        message: expect.stringContaining('Google+ closed') as string,
      },
    ],
    [
      "a follow link to a network's front page instead of the newsroom's account",
      () => ({
        ...real,
        site: edit(real.site, (j) => {
          const first = (j.follow as { links: Json[] }).links[0];
          if (first) first.href = 'https://www.facebook.com/';
        }),
      }),
      {
        file: 'src/content/site.json',
        field: 'follow.links[0].href',
        message: expect.stringContaining("the newsroom's own account") as string,
      },
    ],
    [
      'a slug that does not match its file name',
      () => withStory((j) => (j.slug = 'another-name')),
      { file: sampleFile, field: 'slug' },
    ],
  ];

  it.each(cases)('refuses %s, naming the file and the field', (_name, make, expected) => {
    expect(problemsOf(make())).toContainEqual(expect.objectContaining(expected));
  });

  it('accepts a picture marked decorative instead of described', () => {
    const content = validateContent(
      withStory((j) => {
        delete lead(j).alt;
        lead(j).decorative = true;
      }),
    );
    const sample = content.stories.find((a) => a.slug.startsWith('russia-not-obamas'));
    expect(sample?.lead).toMatchObject({ decorative: true });
    expect(sample?.lead?.alt).toBeUndefined();
  });

  it('lists every problem at once, cross-references of a file the schema refused too', () => {
    const sources = withStory((j) => {
      delete j.headline;
      delete lead(j).alt;
      j.related = ['no-such-story'];
    });
    const problems = problemsOf(sources);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [sampleFile, 'headline'],
      [sampleFile, 'lead.alt'],
      [sampleFile, 'related[0]'],
    ]);
    const message = new ContentError(problems).message;
    expect(message).toContain('3 problems');
    expect(message).toContain(`${sampleFile} › headline`);
    expect(message).toContain(`${sampleFile} › lead.alt`);
    expect(message).toContain(`${sampleFile} › related[0]: no story has the slug "no-such-story"`);
  });

  it('checks every file in one run, and a story the schema refused is still a story', () => {
    const other = real.stories.find((f) => f.path !== sampleFile);
    if (!other) throw new Error('the content needs a second story');
    const sources: ContentSources = {
      ...withStory((j) => delete j.headline),
      // A broken offers file still has its inline offers checked against the stories.
      offers: edit(real.offers, (j) => (j.offers = 'none')),
      promos: edit(real.promos, (j) => (((j as unknown as Json[])[0] ?? {}).story = 'gone')),
    };
    sources.stories = sources.stories.map((f) =>
      f === other ? edit(f, (j) => (j.section = 'sport')) : f,
    );
    const problems = problemsOf(sources).map((p) => `${p.file} › ${p.field}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${sampleFile} › headline`,
        `${other.path} › section`,
        'src/content/offers.json › offers',
        'src/content/promos.json › [0].story',
      ]),
    );
    // Links to the story whose headline is missing are not reported as links to nothing.
    expect(problems.filter((p) => p.endsWith('.story') || p.includes('related'))).toEqual([
      'src/content/promos.json › [0].story',
    ]);
  });
});

describe('npm run check:content', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-content-'));
    await cp(defaultContentDir, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('exits 1 and names the broken file and field', async () => {
    const broken = path.join(dir, 'stories', path.basename(sampleFile));
    const json = JSON.parse(await readFile(broken, 'utf8')) as Json;
    delete lead(json).alt;
    await writeFile(broken, JSON.stringify(json));
    const run = promisify(execFile)('npx', ['tsx', 'scripts/check-content.ts', dir]);
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset\.json › lead\.alt/,
      ) as string,
    });
  }, 30_000);

  it('exits 1 and names the file and field of a photo that is not there', async () => {
    const broken = path.join(dir, 'stories', path.basename(sampleFile));
    const json = JSON.parse(await readFile(broken, 'utf8')) as Json;
    lead(json).alt = 'A photo that was never added';
    lead(json).src = 'images/never-added.jpg';
    await writeFile(broken, JSON.stringify(json));
    const run = promisify(execFile)('npx', ['tsx', 'scripts/check-content.ts', dir]);
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset\.json › lead\.src: .*never-added\.jpg: no such file/,
      ) as string,
    });
  }, 30_000);
});
