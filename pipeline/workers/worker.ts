// A worker thread: loads the resources once, then runs split → tag → classify on each document it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../../stages/schemas.ts';
import { loadResources, type Config } from '../config.ts';
import { processDocument } from '../process.ts';

const resources = loadResources(workerData.config as Config);

parentPort!.on('message', (message: { id: number; doc: Document }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: processDocument(message.doc, resources, workerData.config.keepStages) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).stack ?? String(error) });
  }
});
