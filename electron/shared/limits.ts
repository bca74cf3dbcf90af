/** Limits shared by the command line, the import path and the contract, so all three agree. */

/** Largest article file accepted, in bytes of UTF-8. */
export const MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024;

/** "10 MB": the limit as a person reads it. */
export const MAX_ARTICLE_FILE_LABEL = `${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MB`;
