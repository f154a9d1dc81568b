/** How a batcher writes: `run` takes a batch and returns one result per input, in order. */
export type WriteBatcherOptions<I, O> = {
  run: (inputs: I[]) => Promise<O[]>;
  /** Most inputs written by one `run` call. */
  maxBatch: number;
  /** Most `run` calls in flight at once; further inputs wait and join the next batch. */
  maxConcurrent: number;
};

/** Coalesces concurrent writes into batches; see `createWriteBatcher`. */
export type WriteBatcher<I, O> = { submit(input: I): Promise<O> };

type Pending<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

/**
 * Group commit in the application: inputs submitted while earlier batches are being written
 * queue up and are written together by the next `run`, so one statement and one commit serve
 * many callers. A lone caller is written at once (no added latency); each caller's promise
 * settles only after its batch committed. When a batch of several fails, every input is
 * retried alone, so one bad input fails only its own caller.
 */
export function createWriteBatcher<I, O>(options: WriteBatcherOptions<I, O>): WriteBatcher<I, O> {
  const queue: Pending<I, O>[] = [];
  let inFlight = 0;

  const settle = async (batch: Pending<I, O>[]) => {
    try {
      const outputs = await options.run(batch.map((item) => item.input));
      if (outputs.length !== batch.length) throw new Error(`A batch of ${batch.length} returned ${outputs.length} results`);
      batch.forEach((item, index) => item.resolve(outputs[index]));
    } catch (error) {
      if (batch.length === 1) batch[0].reject(error);
      else await Promise.all(batch.map((item) => settle([item])));
    }
  };

  const pump = () => {
    while (inFlight < options.maxConcurrent && queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      inFlight += 1;
      void settle(batch).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  };

  return {
    submit(input) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        pump();
      });
    },
  };
}
