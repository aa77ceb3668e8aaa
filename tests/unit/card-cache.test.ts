import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCardCache } from '../../src/cards/card-cache';

describe('the social card cache', () => {
  test('should draw a card once and reuse it while content and code are unchanged', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cards-')), 'cache');
    const { cached, has } = createCardCache(dir, true);
    let draws = 0;
    const draw = async () => Buffer.from(`png ${++draws}`);
    expect(has('code-v1', { title: 'A' })).toBe(false);
    expect((await cached('code-v1', { title: 'A' }, draw)).toString()).toBe('png 1');
    expect(has('code-v1', { title: 'A' })).toBe(true);
    expect((await cached('code-v1', { title: 'A' }, draw)).toString()).toBe('png 1');
    expect((await cached('code-v1', { title: 'B' }, draw)).toString()).toBe('png 2');
    expect((await cached('code-v2', { title: 'A' }, draw)).toString()).toBe('png 3');
    expect(readdirSync(dir)).toHaveLength(3);
  });

  test('should always draw when turned off', async () => {
    const { cached, has } = createCardCache(join(tmpdir(), 'never-written'), false);
    let draws = 0;
    const draw = async () => Buffer.from(`png ${++draws}`);
    await cached('code', {}, draw);
    await cached('code', {}, draw);
    expect(draws).toBe(2);
    expect(has('code', {})).toBe(false);
  });
});
