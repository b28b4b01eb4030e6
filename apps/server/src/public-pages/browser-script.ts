// The public pages' browser code is TypeScript that tsc and Biome read (quiz-page/client.ts), not a
// string. The server has no build step (Node runs its TypeScript as it is), so such a script is
// bundled and minified here, in memory with esbuild, once per process when the page module is
// imported: at server start, before it listens (0.2 to 0.4 s on a busy 2-core machine, most of it
// starting esbuild's helper process). One path for development, tests and production, and no built
// file that can go stale or be forgotten; the page module waits for it (top-level await), so the page
// itself stays a plain synchronous function.
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

/** The script at `entry` with what it imports, as one minified classic script for an inline <script>. */
export async function bundleBrowserScript(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // Phones a few years old: what the hand-written script targeted.
    target: 'es2020',
    // Vietnamese text kept as UTF-8 (the page's charset), not \u escapes: a third of the size.
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  // esbuild answers through a helper process; nothing else in the server needs it afterwards.
  await stop();
  const code = result.outputFiles[0]?.text.trim() ?? '';
  // Inline, the text must not close its own element (esbuild escapes it in strings; this makes sure).
  if (!code || /<\/script/i.test(code)) throw new Error(`${entry.pathname}: no usable inline script`);
  return code;
}
