import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/server/**/*.test.ts'],
    // The build tests each run a real `astro build`; they share .astro/ and must not overlap.
    fileParallelism: false,
    testTimeout: 120_000,
    // Cards are drawn afresh in tests, so their determinism is really tested.
    env: { CARD_CACHE: 'off' },
    // The design tokens are read from tokens.css (src/lib/design-tokens.ts), so it must load as text.
    css: { include: [/tokens\.css/] },
  },
});
