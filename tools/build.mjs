// `npm run build` (and `prepare`, so `npm ci` builds too): bundles the CLI and its worker thread, with the
// packages they use, into dist/, which the npm scripts run.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');

/**
 * `import.meta.url` keeps meaning the source file (as a URL relative to the built one), so paths to data files,
 * eval/ and the stages' fingerprint resolve as they do from the sources, wherever the checkout is.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const relative = path.relative(DIST, args.path).split(path.sep).join('/');
      return {
        contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
};

rmSync(DIST, { recursive: true, force: true });
await build({
  entryPoints: {
    cli: path.join(ROOT, 'pipeline', 'cli.ts'),
    worker: path.join(ROOT, 'pipeline', 'workers', 'worker.ts'),
  },
  outdir: DIST,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Native add-ons cannot be bundled: vega tries `canvas`, should it be installed, and does without it.
  external: ['canvas', '*.node'],
  // CommonJS packages inside an ES module bundle still call `require` for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [sourceUrls],
});
