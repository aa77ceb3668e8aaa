/** The content folder: src/content, or CONTENT_DIR for tests and benchmarks that build another corpus. */
export const CONTENT_DIR: string = (process.env['CONTENT_DIR'] ?? './src/content').replace(/\/+$/, '');
