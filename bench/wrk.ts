/**
 * Load from wrk (Debian package `wrk`), a C load generator: it spends far less CPU per request
 * than a Node client, which matters when the generator, Tuki and PostgreSQL share two cores.
 * Requests are built by a Lua script from a list of paths or JSON bodies.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScenarioResult } from './stats.ts';

/** What wrk sends: one method and path, with JSON bodies taken in turn when given. */
export type WrkRequests = { method: 'GET' | 'POST'; paths: string[]; bodies?: string[] };

/** The wrk binary, or null when it is not installed. */
export function findWrk(): string | null {
  const which = spawnSync('sh', ['-c', 'command -v wrk']);
  const path = which.stdout.toString().trim();
  return which.status === 0 && path ? path : null;
}

const luaString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** Runs wrk against `baseUrl` with `connections` keep-alive connections for `seconds` (asynchronously: the server may share this process). */
export async function runWrk(
  wrk: string,
  name: string,
  { baseUrl, token, connections, seconds, requests }: { baseUrl: string; token: string; connections: number; seconds: number; requests: WrkRequests },
): Promise<ScenarioResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tuki-wrk-'));
  const script = join(dir, 'requests.lua');
  writeFileSync(
    script,
    `local paths = {${requests.paths.map(luaString).join(',')}}
local bodies = {${(requests.bodies ?? []).map(luaString).join(',')}}
local counter = 0
local headers = { ["authorization"] = ${luaString(`Bearer ${token}`)}, ["content-type"] = "application/json" }
request = function()
  counter = counter + 1
  local path = paths[counter % #paths + 1]
  local body = nil
  if #bodies > 0 then body = bodies[counter % #bodies + 1] end
  return wrk.format(${luaString(requests.method)}, path, headers, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("TUKI requests=%d seconds=%.3f p50=%.3f p95=%.3f p99=%.3f errors=%d\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
`,
  );
  const child = spawn(wrk, ['-t', String(Math.min(2, connections)), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', script, baseUrl]);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('close', resolve));
  const line = /TUKI (.*)/.exec(output)?.[1];
  if (!line) throw new Error(`wrk failed: ${output}`);
  const value = (key: string) => Number(new RegExp(`${key}=([\\d.]+)`).exec(line)?.[1] ?? 0);
  const total = value('requests');
  const errors = value('errors');
  const round = (number: number) => Math.round(number * 10) / 10;
  return {
    name,
    concurrency: connections,
    requests: total - errors,
    errors,
    seconds: round(value('seconds')),
    perSecond: round((total - errors) / value('seconds')),
    p50: round(value('p50')),
    p95: round(value('p95')),
    p99: round(value('p99')),
  };
}
