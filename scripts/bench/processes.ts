// Child processes the bench starts: the build, the content generator and `vite preview`. Each is
// started in a process group of its own, so stopping the preview also stops the Vite process that
// `npx` starts under it, and nothing else.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Runs a command to completion, its output on stderr; returns the wall-clock seconds it took. */
export function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`${command} ${args.join(' ')} failed (${String(code ?? signal)})`));
    });
  });
}

/** A port nobody listens on now; the e2e tests own 4173, so the bench never assumes one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export interface Preview {
  origin: string;
  stop: () => Promise<void>;
}

async function waitUntilServing(origin: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('vite preview exited before serving');
    try {
      const response = await fetch(origin);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${origin} within 30 s`);
}

/** Serves dist/ with `vite preview` (clean URLs, gzip) on a free port. */
export async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: ['ignore', 'ignore', process.stderr],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const origin = `http://localhost:${String(port)}`;
  const stop = async () => {
    if (!exited && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exit;
  };
  try {
    await waitUntilServing(origin, () => exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
