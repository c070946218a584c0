import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeImages,
  prepareImages,
  servedFiles,
  writeImages,
} from '../../scripts/images/buildImages';
import { sharedPhotoCount } from '../../scripts/images/sharedPhotos';
import { readSources } from '../../scripts/images/sources';
import { defaultContentDir, readContent } from '../../src/content/read';
import {
  ContentError,
  type Content,
  type ContentProblem,
  type ImageUse,
} from '../../src/content/validate';
import { imageFormats, imageWidths, siteCardPath } from '../../src/lib/imageFiles';

// The build's image step on real files: each photo the content names must exist, be an image,
// and be large enough; renditions are made once and then come from the cache.

const sampleFile = 'src/content/stories/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset.json';
let dir: string;
let content: Content;

/** A photo-like test source: smooth light with grain, `width`×`height`, as JPEG. */
async function photo(name: string, width: number, height: number): Promise<string> {
  const file = path.join(dir, name);
  const grain = Buffer.alloc(width * height * 3);
  for (let i = 0; i < grain.length; i += 1) grain[i] = (i * 7919) % 251;
  await sharp(grain, { raw: { width, height, channels: 3 } })
    .blur(2)
    .jpeg({ quality: 85 })
    .toFile(file);
  return file;
}

/** The content with the sample story's lead photo at `file` (written from src/content/). */
function withLeadAt(file: string, base: Content = content): Content {
  const src = path.relative(defaultContentDir, file);
  return {
    ...base,
    images: base.images.map((use): ImageUse =>
      use.file === sampleFile ? { ...use, image: { ...use.image, src } } : use,
    ),
  };
}

async function problemsOf(changed: Content): Promise<ContentProblem[]> {
  try {
    await prepareImages(changed, defaultContentDir, path.join(dir, 'cache'));
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('the photos were accepted');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-images-'));
  content = await readContent();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the photo check', () => {
  it('accepts the real content, every photo measured', async () => {
    const prepared = await prepareImages(content, defaultContentDir, path.join(dir, 'cache'));
    const lead = content.stories.find((a) => a.slug.startsWith('russia'))?.lead;
    if (!lead) throw new Error('the sample story has a lead photo');
    const set = prepared.imageSet(lead);
    expect(set).toMatchObject({ alt: lead.alt, credit: 'Mikhail Metzel/AP', sample: true });
    // The largest rendition's size: the sources are 2,400×1,600, the ladder stops at 1,600.
    expect([set.width, set.height]).toEqual([1600, 1067]);
    expect(set.placeholder).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/=]{40,600}$/);
  });

  it('measures a photo as it is shown, turned as its EXIF orientation says', async () => {
    // Stored 1200×1800 (on its side), shown 1800×1200: wide enough.
    const stored = await photo('stored-on-its-side.jpg', 1200, 1800);
    const turned = path.join(dir, 'turned.jpg');
    await sharp(stored).withMetadata({ orientation: 6 }).toFile(turned);
    const prepared = await prepareImages(
      withLeadAt(turned),
      defaultContentDir,
      path.join(dir, 'cache'),
    );
    const source = prepared.sources.find((s) => s.file === turned);
    expect([source?.width, source?.height]).toEqual([1800, 1200]);
  });

  it('refuses a photo file that does not exist, naming the file and the field', async () => {
    const problems = await problemsOf(withLeadAt(path.join(dir, 'no-such-photo.jpg')));
    expect(problems).toEqual([
      {
        file: sampleFile,
        field: 'lead.src',
        message: expect.stringMatching(/no-such-photo\.jpg: no such file$/) as string,
      },
    ]);
  });

  it('refuses a photo too small for the largest rendition, naming the file and the field', async () => {
    const small = await photo('small.jpg', 1200, 800);
    const problems = await problemsOf(withLeadAt(small));
    expect(problems).toEqual([
      {
        file: sampleFile,
        field: 'lead.src',
        message: expect.stringMatching(
          /small\.jpg is 1200×800 px; .*at least 1600 px wide/,
        ) as string,
      },
    ]);
  });

  it('refuses a photo too short for the social card', async () => {
    const strip = await photo('strip.jpg', 2400, 500);
    const [problem] = await problemsOf(withLeadAt(strip));
    expect(problem?.message).toMatch(/2400×500 px; .*630 px tall/);
  });

  it('refuses a file that is not an image, or not a photo format', async () => {
    const text = path.join(dir, 'notes.jpg');
    await writeFile(text, 'not a picture');
    expect((await problemsOf(withLeadAt(text)))[0]?.message).toMatch(/cannot be read as an image/);

    const svg = path.join(dir, 'drawing.png');
    await writeFile(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1400"><rect width="2000" height="1400"/></svg>',
    );
    expect((await problemsOf(withLeadAt(svg)))[0]?.message).toMatch(
      /is a SVG file; a photo must be a JPEG, PNG or WebP/,
    );
  });

  it("names the site's sharing picture by its own file and field", async () => {
    const small = await photo('small-card.jpg', 1000, 600);
    const changed: Content = {
      ...content,
      images: content.images.map((use) =>
        use.field === 'shareImage'
          ? { ...use, image: { ...use.image, src: path.relative(defaultContentDir, small) } }
          : use,
      ),
    };
    expect(await problemsOf(changed)).toEqual([
      {
        file: 'src/content/site.json',
        field: 'shareImage.src',
        message: expect.stringMatching(
          /1000×600 px; a sharing picture must be at least 1200×630/,
        ) as string,
      },
    ]);
  });

  it('lists every photo problem at once', async () => {
    const other = content.images.find((u) => u.field === 'lead' && u.file !== sampleFile);
    if (!other) throw new Error('a second story with a photo');
    const changed = withLeadAt(path.join(dir, 'missing-one.jpg'));
    changed.images = changed.images.map((use) =>
      use === other ? { ...use, image: { ...use.image, src: 'images/missing-two.jpg' } } : use,
    );
    const problems = await problemsOf(changed);
    expect(problems.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        [sampleFile, 'lead.src'],
        [other.file, 'lead.src'],
      ]),
    );
  });
});

describe('renditions', () => {
  let source: string;
  let cacheDir: string;
  let prepared: Awaited<ReturnType<typeof prepareImages>>;
  let uses: ImageUse[];

  beforeAll(async () => {
    source = await photo('wide.jpg', 1800, 1200);
    cacheDir = path.join(dir, 'render-cache');
    // One story's photo and the site's card, nothing else, so the test encodes little.
    const lead = withLeadAt(source).images.find((u) => u.file === sampleFile);
    const card = content.images.find((u) => u.field === 'shareImage');
    if (!lead || !card) throw new Error('the sample story and the site have photos');
    uses = [lead, card];
    prepared = await prepareImages({ ...content, images: uses }, defaultContentDir, cacheDir);
  });

  it('encode every width in AVIF, WebP and JPEG, and a 1200×630 JPEG card', async () => {
    expect(await encodeImages(prepared)).toEqual({ encoded: 2, cached: 0 });
    const files = servedFiles(prepared);
    const [lead] = prepared.sources.filter((s) => s.kind === 'lead');
    if (!lead) throw new Error('no lead source');
    for (const width of imageWidths) {
      for (const format of imageFormats) {
        const file = files.get(`${lead.base}-${String(width)}.${format}`);
        if (!file) throw new Error(`no ${String(width)}.${format}`);
        const meta = await sharp(file).metadata();
        expect([meta.format === 'heif' ? 'avif' : meta.format, meta.width, meta.height]).toEqual([
          format === 'jpg' ? 'jpeg' : format,
          width,
          // Each made from the 1600×1067 decode of the 1800×1200 source.
          Math.round((width * 1067) / 1600),
        ]);
      }
    }
    const card = await sharp(files.get(`${lead.base}-card.jpg`)).metadata();
    expect([card.format, card.width, card.height]).toEqual(['jpeg', 1200, 630]);
    const siteCard = await sharp(files.get(siteCardPath)).metadata();
    expect([siteCard.format, siteCard.width, siteCard.height]).toEqual(['jpeg', 1200, 630]);
  });

  it('are never encoded again while the photo and the settings are unchanged', async () => {
    const file = servedFiles(prepared).get(`${prepared.sources[0]?.base ?? ''}-320.avif`) ?? '';
    const before = (await stat(file)).mtimeMs;
    // The next build: the photos measured afresh, the cache as the last build left it.
    const next = await prepareImages({ ...content, images: uses }, defaultContentDir, cacheDir);
    expect(next.sources.map((s) => s.base)).toEqual(prepared.sources.map((s) => s.base));
    expect(await encodeImages(next)).toEqual({ encoded: 0, cached: 2 });
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it('get a new address and a new encode when the photo changes', async () => {
    const [use] = prepared.sources.filter((s) => s.kind === 'lead');
    await photo('wide.jpg', 1800, 1210);
    const lead = withLeadAt(source).images.find((u) => u.file === sampleFile);
    if (!use || !lead) throw new Error('no lead');
    const { sources } = await readSources([lead], defaultContentDir, cacheDir);
    const changed = sources.get(lead.image.src);
    expect(changed?.base).not.toBe(use.base);
    expect(changed?.base).toMatch(/^\/images\/wide-[0-9a-f]{10}$/);
  });

  it('are linked into dist/images under their addresses', async () => {
    const dist = path.join(dir, 'dist');
    const written = await writeImages(prepared, dist);
    const names = await readdir(path.join(dist, 'images'));
    expect(written.files).toBe(names.length);
    expect(names).toContain('site-card.jpg');
    expect(names.filter((n) => n.startsWith('wide-'))).toHaveLength(
      imageWidths.length * imageFormats.length + 1,
    );
    const [lead] = prepared.sources.filter((s) => s.kind === 'lead');
    const served = await readFile(path.join(dist, `${lead?.base ?? ''}-640.webp`));
    expect(served.subarray(8, 12).toString()).toBe('WEBP');
  });
});

describe('a generated archive (scripts/generate-content.ts)', () => {
  it('shares a few dozen photos among its stories, every one passing the photo check', async () => {
    const archive = path.join(dir, 'archive');
    await promisify(execFile)('npx', ['tsx', 'scripts/generate-content.ts', '60', archive]);
    const generated = await readContent(defaultContentDir, archive);
    const prepared = await prepareImages(generated, defaultContentDir, path.join(dir, 'cache'));
    const withPhotos = generated.stories.filter((a) => a.lead);
    expect(withPhotos.length).toBeGreaterThan(40);
    // Photos per source file, not per story: 28 shared sources, and the site's card.
    expect(prepared.sources).toHaveLength(sharedPhotoCount + 1);
    for (const story of withPhotos.filter((a) => a.slug.startsWith('sample-story-'))) {
      expect(story.lead?.sample).toBe(true);
    }
  }, 90_000);
});
