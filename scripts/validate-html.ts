// `npm run validate:html` (part of `npm test`, after both builds): every prerendered page in the
// folders named on the command line (dist/ and the hostile-content site, dist-hostile/; dist/ when
// none is named) through the Nu Html Checker (vnu.jar from the vnu-jar package; needs Java:
// `apt-get install default-jre-headless`). Prints each error with its file, line and message.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const folders = (process.argv.length > 2 ? process.argv.slice(2) : ['dist']).map((dir) =>
  path.resolve(dir),
);
const require = createRequire(import.meta.url);
const vnuJar = path.join(
  path.dirname(require.resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);
const java = process.env.JAVA ?? 'java';
// One JVM for all pages (its start is slow); a generated archive of thousands of stories is split
// only so that the command line stays well under the system's argument limit.
const filesPerRun = 5000;

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message?: string;
  extract?: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function displayName(url: string | undefined): string {
  if (!url) return '(unknown file)';
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  return path.relative(process.cwd(), file);
}

function check(files: string[]): VnuMessage[] {
  const result = spawnSync(
    java,
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) {
    console.error(
      `Could not run ${java} (${result.error.message}); install Java: apt-get install -y default-jre-headless`,
    );
    process.exit(1);
  }
  // vnu writes its JSON report to stderr.
  const report = result.stderr.trim();
  if (result.status !== 0 || !report.startsWith('{')) {
    console.error(`vnu.jar failed (exit ${String(result.status)}):\n${result.stderr}`);
    process.exit(1);
  }
  const parsed = JSON.parse(report) as { messages?: VnuMessage[] };
  return parsed.messages ?? [];
}

const files: string[] = [];
for (const folder of folders) {
  const found = existsSync(folder) ? await htmlFiles(folder) : [];
  if (found.length === 0) {
    console.error(
      `No .html files in ${path.relative(process.cwd(), folder)}/: run \`npm run build\` and \`npm run build:hostile\` first.`,
    );
    process.exit(1);
  }
  files.push(...found);
}

const errors: VnuMessage[] = [];
for (let i = 0; i < files.length; i += filesPerRun) {
  errors.push(
    ...check(files.slice(i, i + filesPerRun)).filter(
      (m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error',
    ),
  );
}

for (const error of errors) {
  const where = `${displayName(error.url)}:${String(error.lastLine ?? '?')}:${String(error.firstColumn ?? '?')}`;
  console.error(`${where}: ${error.message ?? '(no message)'}`);
  if (error.extract) console.error(`    ${error.extract.replace(/\s+/g, ' ').trim()}`);
}
const where = folders.map((folder) => `${path.relative(process.cwd(), folder)}/`).join(' and ');
console.log(
  `Checked ${String(files.length)} HTML pages in ${where} with the Nu Html Checker: ${String(errors.length)} error${errors.length === 1 ? '' : 's'}.`,
);
if (errors.length > 0) process.exitCode = 1;
