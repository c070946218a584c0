import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { run } from './scripts/bench/processes';
import { imageReportFile, type ImageStepReport } from './scripts/images/buildImages';
const out = '/tmp/b14-dist';
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
for (const n of process.argv.slice(2).map(Number)) {
  const dir = `/tmp/b14-bench-${String(n)}`;
  await run('npx', ['tsx', 'scripts/generate-content.ts', String(n), dir]);
  const cache = await mkdtemp('/tmp/b14-image-cache-');
  const env = { CONTENT_ARTICLES_DIR: dir, IMAGE_CACHE_DIR: cache, BUILD_OUT_DIR: out };
  const report = async () => JSON.parse(await readFile(imageReportFile(out), 'utf8')) as ImageStepReport;
  console.log(`${n} load before cold: ${load()}`);
  const cold = await run('npm', ['run', 'build'], env);
  const coldImages = await report();
  console.log(`${n} load before cached: ${load()}`);
  const cached = await run('npm', ['run', 'build'], env);
  const cachedImages = await report();
  console.log(`${n} load after: ${load()}`);
  console.log(JSON.stringify({ n, cold, coldImages, cached, cachedImages }));
  await rm(cache, { recursive: true, force: true });
}
