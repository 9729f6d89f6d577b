import { afterEach, describe, expect, it, vi } from 'vitest';
import { task } from '../../../src/lib/task';

describe('task()', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('still resolves, by a timer, on a page whose MessageChannel throws (an old polyfill), and never rejects', async () => {
    vi.stubGlobal('MessageChannel', function () {
      throw new Error('MessageChannel is not supported');
    });
    await expect(task()).resolves.toBeUndefined();
  });
});
