// A worker thread: loads the resources once, then runs split → tag → classify on each document it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { buildResources, type ResourceFiles } from '../config/resources.ts';
import { processDocument } from './process-document.ts';
import type { BatchMessage, ResultMessage } from './pool.ts';

// Built from the very contents the main thread validated and fingerprinted, not read again from disk.
const resources = buildResources(workerData.files as ResourceFiles);

parentPort!.on('message', (batch: BatchMessage) => {
  const results: ResultMessage = [];
  for (const { id, doc } of batch) {
    try {
      results.push({ id, result: processDocument(doc, resources, workerData.keepStages as boolean) });
    } catch (error) {
      results.push({ id, error: (error as Error).stack ?? String(error) });
    }
  }
  parentPort!.postMessage(results);
});
