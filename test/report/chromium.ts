// Finds the Chromium a user has: CHROMIUM_PATH, then chromium, chromium-browser or google-chrome on PATH.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser's path, or null when none is installed. A CHROMIUM_PATH that is not executable is not skipped over. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  return null;
}

export const INSTALL_HINT =
  'no Chromium found (CHROMIUM_PATH, or chromium, chromium-browser, google-chrome on PATH): ' +
  'install it with `apt-get install -y chromium` or set CHROMIUM_PATH';
