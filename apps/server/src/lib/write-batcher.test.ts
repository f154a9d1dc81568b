import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from './write-batcher.ts';

/** A run function that records its batches and resolves them when told to. */
function recordingRun(fail: (input: number) => boolean = () => false) {
  const batches: number[][] = [];
  const waiting: (() => void)[] = [];
  const run = (inputs: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push(inputs);
      waiting.push(() => (inputs.some(fail) ? reject(new Error(`bad input in ${inputs.join(',')}`)) : resolve(inputs.map((input) => input * 10))));
    });
  const releaseAll = async () => {
    while (waiting.length) {
      waiting.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { batches, run, releaseAll };
}

describe('createWriteBatcher', () => {
  it('writes a lone input at once and gives each caller its own result', async () => {
    const { batches, run, releaseAll } = recordingRun();
    const batcher = createWriteBatcher({ run, maxBatch: 10, maxConcurrent: 1 });
    const result = batcher.submit(1);
    expect(batches).toEqual([[1]]);
    await releaseAll();
    await expect(result).resolves.toBe(10);
  });

  it('coalesces inputs that arrive while batches are in flight, up to maxBatch', async () => {
    const { batches, run, releaseAll } = recordingRun();
    const batcher = createWriteBatcher({ run, maxBatch: 3, maxConcurrent: 2 });
    const results = [1, 2, 3, 4, 5, 6, 7].map((input) => batcher.submit(input));
    expect(batches).toEqual([[1], [2]]);
    await releaseAll();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(batches).toEqual([[1], [2], [3, 4, 5], [6, 7]]);
  });

  it('retries a failed batch input by input, so only the bad input fails', async () => {
    const { batches, run, releaseAll } = recordingRun((input) => input === 3);
    const batcher = createWriteBatcher({ run, maxBatch: 10, maxConcurrent: 1 });
    const results = [1, 2, 3, 4].map((input) => batcher.submit(input).then((value) => ({ value }), (error: Error) => ({ error: error.message })));
    await releaseAll();
    expect(await Promise.all(results)).toEqual([{ value: 10 }, { value: 20 }, { error: 'bad input in 3' }, { value: 40 }]);
    expect(batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('rejects every caller of a batch whose results do not match its inputs', async () => {
    const batcher = createWriteBatcher<number, number>({ run: async () => [], maxBatch: 10, maxConcurrent: 1 });
    await expect(batcher.submit(1)).rejects.toThrow('A batch of 1 returned 0 results');
  });
});
