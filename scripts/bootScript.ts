import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Rolldown } from 'vite';

// The boot script (src/app/boot.ts), compiled to the one classic script every page inlines at the
// top of its <head>, with the hash the Content-Security-Policy allows it by.

export interface BootScript {
  code: string;
  /** The CSP source that allows exactly this script, e.g. 'sha256-…'. */
  source: string;
}

export async function compileBootScript(root = process.cwd()): Promise<BootScript> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: path.join(root, 'src/app/boot.ts'), formats: ['iife'], name: 'broadsheetBoot' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) {
    throw new Error(`src/app/boot.ts must compile to one script, not ${String(chunks.length)}`);
  }
  // No trailing newline: the hash covers exactly what sits between <script> and </script>.
  const code = chunks[0].code.trim();
  if (code.includes('</script')) throw new Error('src/app/boot.ts compiled to text with </script');
  const digest = createHash('sha256').update(code).digest('base64');
  return { code, source: `'sha256-${digest}'` };
}

const headersFile = 'deploy/security-headers.conf';

/**
 * nginx sends the policy as a header too, written out in deploy/security-headers.conf: it must
 * allow this boot script by the same hash, or production pages would run without it.
 */
export async function checkDeployPolicy(boot: BootScript, root = process.cwd()): Promise<void> {
  const conf = await readFile(path.join(root, headersFile), 'utf8');
  const policy = /Content-Security-Policy "([^"]*)"/.exec(conf)?.[1];
  const scriptSrc = policy
    ?.split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '));
  const expected = `script-src 'self' ${boot.source}`;
  if (scriptSrc !== expected) {
    throw new Error(
      `${headersFile}: Content-Security-Policy must say "${expected}" (the boot script's hash), ` +
        `not "${scriptSrc ?? 'nothing'}". Update it to match src/app/boot.ts.`,
    );
  }
}

/** The page's policy (index.html's meta tag) with the boot script allowed by its hash. */
export function allowBootScript(html: string, boot: BootScript): string {
  const pattern =
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')(;)/;
  if (!pattern.test(html)) {
    throw new Error("index.html: the Content-Security-Policy meta tag must say script-src 'self';");
  }
  return html.replace(pattern, `$1 ${boot.source}$2`);
}
