// `npx tsx scripts/sample-artwork/render.ts`: renders the sample artwork in this folder into the
// source photos the stories use (src/content/images/*.jpg), and the site's sharing picture.
//
// No photograph can be had for the sample stories, so each stands in as a drawing: the flat SVG
// beside this file, rendered at 2,400 px with light, shade and film-like grain so the image
// encoders do the work a real photograph asks of them, and labelled "Sample artwork" in the
// picture itself. The output is committed; run this again only when the artwork changes.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.resolve(here, '../../src/content/images');
// Drawn at 1,200 px, rendered at twice that.
const scale = 2;

// A small deterministic generator: the same artwork gives the same bytes every run.
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Light and shade at several scales, as surfaces, foliage and weather give a photograph: coarse
 * random values enlarged smoothly, one layer per scale.
 */
async function texture(seed: number, width: number, height: number): Promise<Buffer[]> {
  const random = seeded(seed);
  const octaves = [
    { cells: 48, amplitude: 56, blur: 24 },
    { cells: 240, amplitude: 60, blur: 3 },
    { cells: 800, amplitude: 48, blur: 0.7 },
  ];
  return Promise.all(
    octaves.map(({ cells, amplitude, blur }) => {
      const w = cells;
      const h = Math.round((cells * height) / width);
      const pixels = Buffer.alloc(w * h);
      for (let i = 0; i < pixels.length; i += 1) {
        pixels[i] = 128 + Math.round((random() - 0.5) * amplitude);
      }
      return sharp(pixels, { raw: { width: w, height: h, channels: 1 } })
        .resize(width, height, { kernel: 'cubic' })
        .blur(blur)
        .toColourspace('srgb')
        .png()
        .toBuffer();
    }),
  );
}

/** Fine grain, as film or a small sensor at dusk would give. */
async function grain(seed: number, width: number, height: number): Promise<Buffer> {
  const random = seeded(seed * 7 + 3);
  const pixels = Buffer.alloc(width * height);
  for (let i = 0; i < pixels.length; i += 1) {
    // The sum of three uniform values is close enough to a bell curve for grain.
    pixels[i] = 128 + Math.round((random() + random() + random() - 1.5) * 22);
  }
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .blur(0.6)
    .toColourspace('srgb')
    .png()
    .toBuffer();
}

/** Light falling from the upper left and darker corners, as a lens gives them. */
const light = (width: number, height: number) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="sun" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#fff6e0" stop-opacity="0.35"/>
      <stop offset="0.55" stop-color="#ffffff" stop-opacity="0"/>
      <stop offset="1" stop-color="#1c2430" stop-opacity="0.25"/>
    </linearGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75">
      <stop offset="0.55" stop-color="#000" stop-opacity="0"/>
      <stop offset="1" stop-color="#000" stop-opacity="0.45"/>
    </radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#sun)"/>
  <rect width="100%" height="100%" fill="url(#vignette)"/>
</svg>`);

/**
 * The label that says what the picture is, drawn last so it stays sharp. High on the left, where
 * the 1.91:1 social card's crop keeps it too.
 */
const label = (text: string, width: number, height: number) => {
  const top = Math.round(height * 0.14);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}">
  <rect x="64" y="${String(top)}" width="${String(28 * text.length + 64)}" height="92" rx="12" fill="#ffffff" fill-opacity="0.82"/>
  <text x="96" y="${String(top + 62)}" font-family="DejaVu Sans, sans-serif" font-size="48" fill="#333333">${text}</text>
</svg>`);
};

// The flat drawings carry a label of their own, replaced here by the one drawn last.
const withoutLabel = (svg: string) =>
  svg
    .replace(/<rect x="40" y="724"[^>]*\/>\s*/, '')
    .replace(/<text [^>]*>Placeholder image<\/text>\s*/, '');

async function render(svgFile: string, seed: number): Promise<void> {
  const name = path.basename(svgFile, '.svg');
  const svg = withoutLabel(await readFile(svgFile, 'utf8'));
  const drawn = /width="(\d+)" height="(\d+)"/.exec(svg);
  const width = Number(drawn?.[1]) * scale;
  const height = Number(drawn?.[2]) * scale;
  const flat = await sharp(Buffer.from(svg), { density: 72 * scale })
    .resize(width, height)
    .toBuffer();
  // The site's sharing picture is its masthead, not a stand-in for a photograph.
  const isArtwork = !name.startsWith('site-');
  const file = path.join(out, `${name}.jpg`);
  const info = await sharp(flat)
    .composite([
      ...(await texture(seed, width, height)).map((input) => ({
        input,
        blend: 'soft-light' as const,
      })),
      { input: light(width, height), blend: 'over' },
      { input: await grain(seed, width, height), blend: 'soft-light' },
      ...(isArtwork
        ? [
            {
              input: label('Sample artwork, not a photograph', width, height),
              blend: 'over' as const,
            },
          ]
        : []),
    ])
    .jpeg({ quality: 84, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toFile(file);
  console.log(`${path.relative(process.cwd(), file)}: ${String(Math.round(info.size / 1024))} KB`);
}

const svgs = (await readdir(here)).filter((f) => f.endsWith('.svg')).sort();
for (const [i, svg] of svgs.entries()) await render(path.join(here, svg), 1000 + i);
