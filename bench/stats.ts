/** Latency percentiles and throughput of one measured scenario. */
export type ScenarioResult = {
  name: string;
  concurrency: number;
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  firstError?: string;
};

/** The p-th percentile (0..100) of sorted millisecond samples. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/**
 * Runs `task` from `concurrency` loops until `durationMs` passes (or `maxRequests` is reached),
 * measuring each call's latency. Bounded in both count and time.
 */
export async function measure(
  name: string,
  concurrency: number,
  task: (iteration: number) => Promise<void>,
  { durationMs = 10_000, maxRequests = 1_000_000, warmup = 20 }: { durationMs?: number; maxRequests?: number; warmup?: number } = {},
): Promise<ScenarioResult> {
  for (let i = 0; i < warmup; i++) await task(-1 - i).catch(() => {});
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const loop = async () => {
    while (performance.now() < deadline && issued < maxRequests) {
      const iteration = issued++;
      const t0 = performance.now();
      try {
        await task(iteration);
        samples.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    name,
    concurrency,
    requests: samples.length,
    errors,
    seconds: round(seconds),
    perSecond: round(samples.length / seconds),
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    ...(firstError ? { firstError } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Formats results as a Markdown table. */
export function toMarkdown(results: ScenarioResult[]): string {
  const lines = ['| scenario | clients | requests | errors | per second | p50 ms | p95 ms | p99 ms |', '| --- | --: | --: | --: | --: | --: | --: | --: |'];
  for (const r of results) lines.push(`| ${r.name} | ${r.concurrency} | ${r.requests} | ${r.errors} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} |`);
  return lines.join('\n');
}
