import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { readContent, type Content } from '../content';

/**
 * The browser tests' fixtures: each test project (playwright.config.ts) names the content folder
 * its site was built from and the folder it was built into; a test takes what it expects from
 * that content, never from the seed's own paths, titles or wording.
 */
export const test = base.extend<object, { content: Content; dist: string }>({
  content: [
    async ({}, use, workerInfo) => {
      const { contentDir } = workerInfo.project.metadata as { contentDir: string };
      await use(readContent(resolve(import.meta.dirname, '../..', contentDir)));
    },
    { scope: 'worker' },
  ],
  dist: [
    async ({}, use, workerInfo) => {
      const { dist } = workerInfo.project.metadata as { dist: string };
      await use(resolve(import.meta.dirname, '../..', dist));
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';
