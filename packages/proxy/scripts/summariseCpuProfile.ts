/**
 * Summarises a `node --cpu-prof` profile: self time by function and by file (or package), as shares of the busy
 * time (idle left out), and the total time under a few frames of interest ("inclusive"), to see where a request's
 * CPU goes without opening DevTools.
 *
 *   tsx scripts/summariseCpuProfile.ts <file.cpuprofile> [top=25] [inclusive frame names, comma-separated]
 *
 * `CALLERS_OF=writev` splits one function's self time by the stacks that called it (`CALLER_DEPTH` frames, 6).
 * Inclusive time follows synchronous stacks only: work resumed after an `await` counts under the microtask queue.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText = '25', inclusiveText = ''] = process.argv.slice(2);
if (!file) {
  console.error('usage: summariseCpuProfile.ts <file.cpuprofile> [top] [frame,frame]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(topText);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

// Self time per node, in µs (a sample's time is the delta to the next one).
const selfMicros = new Map<number, number>();
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index] as number;
  const delta = profile.timeDeltas[index + 1] ?? 0;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
}

/** A short place: the package (`undici`, `@hono/node-server`), the repo file, or Node's own module. */
function placeOf(url: string): string {
  if (url === '') return '(native/VM)';
  const packageMatch = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1] as string;
  if (url.startsWith('node:')) return url;
  const repo = /\/packages\/(.+)$/.exec(url);
  return repo ? (repo[1] as string) : url;
}

let busy = 0;
const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
  if (functionName === '(idle)') continue;
  busy += micros;
  const place = placeOf(url);
  const name = `${functionName || '(anonymous)'} ${place}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
}

const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    );
};
console.log(`${file}: busy ${(busy / 1000).toFixed(0)} ms`);
print('Self time by function', byFunction);
print('Self time by file / package', byPlace);

// Inclusive time under frames whose function name matches one of the given names (each sample counted once).
const wanted = inclusiveText.split(',').filter(Boolean);
if (wanted.length > 0) {
  const inclusive = new Map<string, number>(wanted.map((name) => [name, 0]));
  for (const [id, micros] of selfMicros) {
    if ((byId.get(id) as ProfileNode).callFrame.functionName === '(idle)') continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = (byId.get(at) as ProfileNode).callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
      }
    }
  }
  print('Total time under (inclusive)', inclusive);
}

// With CALLERS_OF=name: the self time of that function split by its callers' stacks (the nearest 4 frames).
const callersOf = process.env.CALLERS_OF;
if (callersOf) {
  const stacks = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    if ((byId.get(id) as ProfileNode).callFrame.functionName !== callersOf) continue;
    const frames: string[] = [];
    for (
      let at = parentOf.get(id);
      at !== undefined && frames.length < Number(process.env.CALLER_DEPTH ?? 6);
      at = parentOf.get(at)
    ) {
      const { functionName, url, lineNumber } = (byId.get(at) as ProfileNode).callFrame;
      frames.push(`${functionName || '(anonymous)'}@${placeOf(url)}:${lineNumber + 1}`);
    }
    const stack = frames.join(' < ');
    stacks.set(stack, (stacks.get(stack) ?? 0) + micros);
  }
  print(`Callers of ${callersOf}`, stacks);
}
