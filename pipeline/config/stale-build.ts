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
  let built: number;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return null;
  }
  for (const folder of BUNDLED) {
    const newer = newerFile(path.join(root, folder), built);
    if (newer) return `${path.relative(root, newer)} changed after the last build: run \`npm run build\` (dist/ runs the old code)`;
  }
  return null;
}

function newerFile(folder: string, than: number): string | null {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return null;
  }
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      const found = newerFile(file, than);
      if (found) return found;
    } else if (/\.(?:ts|json)$/.test(entry.name) && statSync(file).mtimeMs > than) return file;
  }
  return null;
}
