import { runInNewContext } from 'node:vm';
import { compileBootScript } from '../../scripts/bootScript';

// The boot script (src/app/boot.ts) as a page runs it, compiled once per test file: it sees only
// the page's window and document. It also schedules the app's loading, which is not these tests'
// business: the timers and the paint observer it would use do nothing here.

let script: string | undefined;

export async function loadBootScript(): Promise<void> {
  script ??= (await compileBootScript()).code;
}

/** The compiled script's text. */
export function bootScriptCode(): string {
  if (script === undefined) throw new Error('call loadBootScript() in beforeAll first');
  return script;
}

export function runBootScript(): void {
  runInNewContext(bootScriptCode(), {
    window,
    document,
    navigator,
    PerformanceObserver: { supportedEntryTypes: [] },
    requestAnimationFrame: () => 0,
    setTimeout: () => 0,
  });
}
