// Where the shared gold and seed live: ../shared beside the checkout, as on CI. Tests only; the product never reads it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const sharedFile = (...parts: string[]): string => path.join(SHARED, ...parts);
