// Writes a copy of deploy/nginx.conf for the browser tests, listening on the tests' own ports:
//   npx tsx tests/e2e/nginxConfig.ts <dir>      (ports from tests/e2e/ports.ts)
// Everything else (headers, caching, clean URLs, the /api proxy) is the production file's.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ports } from './ports';

const dir = path.resolve(process.argv[2] ?? 'test-results/nginx');
const source = await readFile('deploy/nginx.conf', 'utf8');
const replacements: [RegExp, string][] = [
  [/listen 8080;/, `listen ${String(ports.nginx)};`],
  [/127\.0\.0\.1:4180/g, `127.0.0.1:${String(ports.signup)}`],
  [/\/tmp\/broadsheet-nginx/g, `/tmp/broadsheet-nginx-${String(ports.nginx)}`],
];
let config = source;
for (const [pattern, value] of replacements) {
  if (!pattern.test(config))
    throw new Error(`deploy/nginx.conf no longer matches ${String(pattern)}`);
  config = config.replace(pattern, value);
}
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'nginx.conf'), config);
await copyFile('deploy/security-headers.conf', path.join(dir, 'security-headers.conf'));
