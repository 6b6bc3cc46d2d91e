// Where the gold files and the seed article live: the project's eval/ folder, which every clone has.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVAL = fileURLToPath(new URL('../eval/', import.meta.url));
export const evalFile = (...parts: string[]): string => path.join(EVAL, ...parts);
