// The npm scripts run the bundle in dist/; a source or data file changed after the last `npm run build` would
// silently not count. This names the first such file, so the user rebuilds instead of trusting old code.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders whose files go into the bundle. */
const BUNDLED = ['pipeline', 'stages'];

/** A warning when `bundle` (the running dist/cli.mjs) is older than a file it was built from; null otherwise. */
export function staleBuildWarning(bundle: string | undefined): string | null {
  if (!bundle || path.basename(path.dirname(bundle)) !== 'dist') return null;
  const root = path.dirname(path.dirname(bundle));
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return null;
  for (const folder of BUNDLED) {
    let names: string[];
    try {
      names = readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    const newer = names.find((name) => /\.(?:ts|json)$/.test(name) && statSync(path.join(root, folder, name)).mtimeMs > built);
    if (newer) return `${path.join(folder, newer)} changed after the last build: run \`npm run build\` (dist/ runs the old code)`;
  }
  return null;
}
