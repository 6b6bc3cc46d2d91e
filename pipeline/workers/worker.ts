// A worker thread: loads the resources once, then runs split → tag → classify on each document it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../../stages/schemas.ts';
import { buildResources, type ResourceFiles } from '../config.ts';
import { processDocument } from '../process.ts';

// Built from the very contents the main thread validated and fingerprinted, not read again from disk.
const resources = buildResources(workerData.files as ResourceFiles);

parentPort!.on('message', (message: { id: number; doc: Document }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: processDocument(message.doc, resources, workerData.keepStages as boolean) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).stack ?? String(error) });
  }
});
