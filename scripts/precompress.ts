// Gzip and brotli copies next to files, for a static host that serves them as they are
// (nginx's gzip_static, brotli_static where the module exists; most CDNs do likewise).
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Writes `file.gz` and `file.br` beside each file; returns the bytes of each form. */
export async function precompress(files: readonly string[]): Promise<Sizes> {
  const sizes: Sizes = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  // A few at a time: the compressions run on libuv's thread pool.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const content = await readFile(file);
      const [gz, br] = await Promise.all([
        gzipAsync(content, { level: 9 }),
        brotliAsync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
      sizes.raw += content.length;
      sizes.gzip += gz.length;
      sizes.brotli += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return sizes;
}

/** Bytes in KB or MB (of 1,024), whichever reads better. */
export const readableSize = (bytes: number) =>
  bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
