// Starts the CLI (pipeline/cli.ts) from JavaScript compiled from the TypeScript sources, as the npm scripts do.
// Compiling each of ~70 modules on every start (and again in every worker thread) through tsx's loader
// costs about a second and 40 MB per run; a bundle keyed by the sources' hash costs that once. The packages
// are bundled too: resolving the hundred-odd modules of vega, d3 and the rest cost each start (and each
// worker) another 0.15 s. The bundle lives in node_modules/.cache, beside the packages it was built from;
// where that cannot be written, tsx runs the sources as they are.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

// V8's optimising compiler inlines callees into a function up to 920 bytes of their bytecode by default. The
// stages' functions are small and call one another a lot, and V8 optimises them early and again after each
// deoptimisation (more than half the compiling is recompiling), so each isolate (each worker thread) spent
// about 4 s of CPU compiling while it processed 54 MB of text in 5 to 6 s: on the other core, which is much
// of why a second worker gained so little. With 300, compiling takes 2 s, and the stages run as fast once
// compiled (measured with --trace-opt, and per stage over repeated passes).
// Set before any code is compiled, unless node was given the flag; worker threads share the process's flags.
const INLINING = '--max-inlined-bytecode-size-cumulative';
if (!process.execArgv.some((arg) => arg.replaceAll('_', '-').startsWith(INLINING))) v8.setFlagsFromString(`${INLINING}=300`);

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'stance-pipeline');
const SOURCES = ['pipeline', 'stages'];
const STALE_MS = 7 * 24 * 3600 * 1000;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** What was installed: npm's lockfile and the one it keeps of node_modules as installed, or another manager's. */
const LOCKFILES = ['package-lock.json', path.join('node_modules', '.package-lock.json'), 'yarn.lock', 'pnpm-lock.yaml'];

/**
 * One hash over the checkout's place, every source file's path and content, and the installed packages'
 * lockfiles: any edit or install gives a new bundle, and two checkouts sharing node_modules never share one (a
 * bundle has its sources' absolute URLs built in).
 */
function sourcesHash() {
  const hash = createHash('sha256').update(ROOT).update('\0');
  const files = [...SOURCES.flatMap((dir) => filesUnder(path.join(ROOT, dir))), ...LOCKFILES.map((f) => path.join(ROOT, f)).filter((f) => existsSync(f))];
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** `import.meta.url` keeps meaning the source file, so data files and the stage fingerprint resolve as under tsx. */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

/** Builds into a private folder, then renames it into place: concurrent starts never see half a bundle. */
async function bundle(dir) {
  const { build } = await import('esbuild');
  const temp = `${dir}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: { cli: path.join(ROOT, 'pipeline', 'cli.ts'), worker: path.join(ROOT, 'pipeline', 'workers', 'worker.ts') },
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      // Native add-ons cannot be bundled: vega tries `canvas`, should it be installed, and does without it.
      external: ['canvas', '*.node'],
      // CommonJS packages inside an ES module bundle still call `require` for Node's own modules.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      plugins: [sourceUrls],
      // The worker pool starts this file instead of booting tsx in each thread.
      define: { STANCE_BUNDLED_WORKER: JSON.stringify(pathToFileURL(path.join(dir, 'worker.mjs')).href) },
    });
    try {
      renameSync(temp, dir);
    } catch (error) {
      if (!existsSync(path.join(dir, 'cli.mjs'))) throw error; // another start won the race: use its bundle
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  // Bundles of earlier sources go once unused for a week: a long batch run may still load their chunks late.
  for (const old of readdirSync(CACHE)) {
    const file = path.join(CACHE, old);
    try {
      if (old !== path.basename(dir) && !old.endsWith('.tmp') && Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { recursive: true, force: true });
    } catch {
      // Gone meanwhile: another start removed it.
    }
  }
}

async function entry() {
  try {
    const dir = path.join(CACHE, sourcesHash());
    if (existsSync(path.join(dir, 'cli.mjs'))) {
      const now = new Date();
      utimesSync(dir, now, now); // in use: its age counts from its last start, not its build
    } else {
      mkdirSync(CACHE, { recursive: true });
      await bundle(dir);
    }
    return pathToFileURL(path.join(dir, 'cli.mjs')).href;
  } catch (error) {
    process.stderr.write(`warn: running from the TypeScript sources (slower start): no bundle in ${CACHE}: ${error.message}\n`);
    const { register } = await import('tsx/esm/api');
    register();
    return pathToFileURL(path.join(ROOT, 'pipeline', 'cli.ts')).href;
  }
}

await import(await entry());
