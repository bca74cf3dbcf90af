/**
 * Worker thread entry: extracts the files the services send, one message each, so a large import
 * never holds up the main process. Bundled to dist/electron/extract-worker.cjs.
 */
import { parentPort } from 'node:worker_threads';
import { extractFile, type ArticleFileInput } from '../extract/index';
import { failedExtraction } from './extraction-runner';

/** A request to the worker. */
export interface ExtractRequest {
  id: number;
  input: ArticleFileInput;
}

parentPort?.on('message', ({ id, input }: ExtractRequest) => {
  let result;
  try {
    result = extractFile(input);
  } catch (error) {
    result = failedExtraction(input.file, error);
  }
  parentPort?.postMessage({ id, result });
});
