import { extractFile, type ArticleFileInput, type FileExtraction } from '../extract/index';

/** Extracts one file without holding up the caller's event loop for longer than that file takes. */
export type ExtractionRunner = (input: ArticleFileInput) => Promise<FileExtraction>;

/** Gives other work (IPC, HTTP requests, progress queries) a turn before continuing. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the extractor in this thread, one file per turn of the event loop, so requests are answered
 * between files of a large import. An extractor that throws gives the file one problem.
 */
export const extractInThisThread: ExtractionRunner = async (input) => {
  await yieldToEventLoop();
  try {
    return extractFile(input);
  } catch (error) {
    return failedExtraction(input.file, error);
  }
};

/** The result for a file the extractor could not handle: no articles, one problem. */
export function failedExtraction(file: string, error: unknown): FileExtraction {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    articles: [],
    events: [],
    problems: [{ file, message: `Could not extract events: ${reason.split('\n')[0] ?? ''}` }],
  };
}
