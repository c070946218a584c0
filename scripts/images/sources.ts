// The photos the content names: found on disk, measured and checked. Every problem names the
// content file and field that named the photo, as the content check does.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { ContentProblem, ImageUse } from '../../src/content/validate';
import { encoderSettings, minimumSize } from './settings';

export interface Source {
  /** The path as the content writes it, e.g. `images/harbour.jpg`. */
  src: string;
  file: string;
  /** Size as the photo is shown, after its EXIF orientation is applied. */
  width: number;
  height: number;
  /** Hash of the file's bytes and the encoder settings: the cache entry and the URLs use it. */
  key: string;
  /** Every width and format, or only the social card (the site's sharing picture). */
  kind: 'lead' | 'card';
  /** Where its renditions are served: `/images/<name>-<key>`. */
  base: string;
  /** A tiny blurred preview as a data: URI. */
  placeholder: string;
}

const formats = new Set(['jpeg', 'png', 'webp']);

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** The part of a URL made from a file name: lowercase words joined by hyphens. */
const urlName = (file: string) =>
  path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'photo';

interface Measured {
  size: number;
  mtimeMs: number;
  /** The encoder settings this was measured under (the preview depends on them). */
  settings: string;
  hash: string;
  format: string;
  width: number;
  height: number;
  placeholder: string;
}

const settingsHash = sha256(JSON.stringify(encoderSettings));

/** A few hundred bytes of WebP, 16 px wide: the page blurs and stretches it (src/styles). */
async function preview(bytes: Buffer): Promise<string> {
  const { width, quality } = encoderSettings.placeholder;
  const webp = await sharp(bytes)
    .autoOrient()
    .flatten({ background: encoderSettings.background })
    .resize({ width })
    .webp({ quality })
    .toBuffer();
  return `data:image/webp;base64,${webp.toString('base64')}`;
}

/**
 * What was measured of each file, by path, size and modification time: a build with nothing
 * changed reads no photo whole. A file whose size or time changed is read and hashed again.
 */
class MeasureMemo {
  private entries: Record<string, Measured> = {};
  private changed = false;
  constructor(private readonly file: string) {}

  async load(): Promise<void> {
    try {
      this.entries = JSON.parse(await readFile(this.file, 'utf8')) as Record<string, Measured>;
    } catch {
      this.entries = {};
    }
  }

  get(file: string, size: number, mtimeMs: number): Measured | undefined {
    const found = this.entries[file];
    return found?.size === size && found.mtimeMs === mtimeMs && found.settings === settingsHash
      ? found
      : undefined;
  }

  set(file: string, measured: Measured): void {
    this.entries[file] = measured;
    this.changed = true;
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${String(process.pid)}`;
    await writeFile(temporary, JSON.stringify(this.entries));
    await rename(temporary, this.file);
  }
}

type Found = { ok: true; measured: Measured } | { ok: false; message: string };

async function measure(file: string, memo: MeasureMemo): Promise<Found> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return { ok: false, message: 'no such file' };
  }
  if (!info.isFile()) return { ok: false, message: 'is not a file' };
  const known = memo.get(file, info.size, info.mtimeMs);
  if (known) return { ok: true, measured: known };
  const bytes = await readFile(file);
  let metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `cannot be read as an image (${reason ?? ''})` };
  }
  const measured: Measured = {
    size: info.size,
    mtimeMs: info.mtimeMs,
    settings: settingsHash,
    hash: sha256(bytes),
    format: metadata.format,
    // As shown: EXIF orientations 5 to 8 turn the picture on its side.
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    placeholder: formats.has(metadata.format) ? await preview(bytes) : '',
  };
  memo.set(file, measured);
  return { ok: true, measured };
}

interface Sources {
  /** By the path the content writes. */
  sources: Map<string, Source>;
  problems: ContentProblem[];
}

/**
 * Finds, measures and checks every photo the content names. Paths are relative to `contentDir`
 * (src/content/); `root` is where messages' paths start from.
 */
export async function readSources(
  uses: readonly ImageUse[],
  contentDir: string,
  cacheDir: string,
  root = process.cwd(),
): Promise<Sources> {
  const memo = new MeasureMemo(path.join(cacheDir, 'sources.json'));
  await memo.load();
  const kindOf = new Map<string, Source['kind']>();
  for (const use of uses) {
    if (kindOf.get(use.image.src) !== 'lead') kindOf.set(use.image.src, use.use);
  }
  const found = new Map<string, Found>();
  await Promise.all(
    [...kindOf.keys()].map(async (src) => {
      found.set(src, await measure(path.resolve(contentDir, src), memo));
    }),
  );
  await memo.save();

  const sources = new Map<string, Source>();
  const problems: ContentProblem[] = [];
  for (const use of uses) {
    const { src } = use.image;
    const result = found.get(src);
    const file = path.resolve(contentDir, src);
    const shown = path.relative(root, file);
    const field = `${use.field}.src`;
    if (!result) continue;
    if (!result.ok) {
      problems.push({ file: use.file, field, message: `${shown}: ${result.message}` });
      continue;
    }
    const { measured } = result;
    if (!formats.has(measured.format)) {
      problems.push({
        file: use.file,
        field,
        message: `${shown} is a ${measured.format.toUpperCase()} file; a photo must be a JPEG, PNG or WebP`,
      });
      continue;
    }
    const least = minimumSize[use.use];
    if (measured.width < least.width || measured.height < least.height) {
      const what =
        use.use === 'lead'
          ? `a story's photo must be at least ${String(least.width)} px wide (the largest size the site serves) and ${String(least.height)} px tall (the social card)`
          : `a sharing picture must be at least ${String(least.width)}×${String(least.height)} px (the social card)`;
      problems.push({
        file: use.file,
        field,
        message: `${shown} is ${String(measured.width)}×${String(measured.height)} px; ${what}`,
      });
      continue;
    }
    if (sources.has(src)) continue;
    const kind = kindOf.get(src) ?? use.use;
    const key = sha256(measured.hash, settingsHash, kind).slice(0, 16);
    sources.set(src, {
      src,
      file,
      width: measured.width,
      height: measured.height,
      key,
      kind,
      base: `/images/${urlName(file)}-${key.slice(0, 10)}`,
      placeholder: measured.placeholder,
    });
  }
  return { sources, problems };
}
