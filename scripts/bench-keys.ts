/**
 * `pnpm bench:keys`: keystroke latency in Chromium, ours beside the peers in one page, measured side by side.
 *
 * One page (esbuild, production React, each library's own stylesheet) holds five fields: verikit's OtpInput beside
 * input-otp, and verikit's PhoneInput beside react-phone-number-input and react-international-phone. Each keystroke
 * is timed in the page from its `keydown` event (`event.timeStamp`, when the browser created the event) to the frame
 * that shows it: `requestAnimationFrame` then `setTimeout`, which runs once that frame has been painted. Keys come
 * from Playwright (real key events through the DevTools protocol) into Debian's Chromium; no browser is downloaded.
 *
 * A cycle types a whole value and erases it with Backspace (a code: 6 digits, 6 Backspaces; a US number: 10 digits,
 * 10 Backspaces), each key timed. The fields take turns cycle by cycle, in a rotating order, until each has at least
 * `KEYS` keystrokes (one warm-up cycle each first, unmeasured), so load on the machine falls on all of them alike:
 * the ratios are what to read, not the absolute figures. Typing starts 300 ms after focus (a person's pause; the
 * focus ring's transition is over by then). No timed assertion anywhere; this only prints.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';

const KEYS = Number(process.env.BENCH_KEYS ?? 200);
/**
 * `BENCH_PROFILE="@verikit/ui PhoneInput" pnpm bench:keys`: instead of timing, records a CPU profile of 10 cycles into
 * that field (unminified build, names kept), writes it beside the page (open it in Chrome's DevTools) and prints the
 * functions with the most self time.
 */
const PROFILE = process.env.BENCH_PROFILE;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'node_modules/.cache/bench-keys');

interface Field {
  name: string;
  group: 'otp' | 'phone';
  ours: boolean;
  /** The keys of one cycle: a whole value typed, then erased. */
  cycle: string[];
}

const otpCycle = [...'482913'].concat(Array(6).fill('Backspace'));
const phoneCycle = [...'2015550123'].concat(Array(10).fill('Backspace'));
const allFields: Field[] = [
  { name: '@verikit/ui OtpInput', group: 'otp', ours: true, cycle: otpCycle },
  { name: 'input-otp', group: 'otp', ours: false, cycle: otpCycle },
  { name: '@verikit/ui PhoneInput', group: 'phone', ours: true, cycle: phoneCycle },
  { name: 'react-phone-number-input', group: 'phone', ours: false, cycle: phoneCycle },
  { name: 'react-international-phone', group: 'phone', ours: false, cycle: phoneCycle },
];
/** `BENCH_GROUP=otp` or `phone`: only that group's fields take turns (all stay on the page). */
const fields = allFields.filter(
  (field) => !process.env.BENCH_GROUP || field.group === process.env.BENCH_GROUP,
);

// Each field as its documentation shows it, uncontrolled where the library allows, controlled where it wants a value.
const page = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OtpInput, PhoneInput } from '@verikit/ui';
import '@verikit/ui/styles.css';
import { OTPInput } from 'input-otp';
import PhoneNumberInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
import { PhoneInput as InternationalPhoneInput } from 'react-international-phone';
import 'react-international-phone/style.css';

function InputOtpField() {
  const [value, setValue] = useState('');
  return (
    <OTPInput
      maxLength={6}
      value={value}
      onChange={setValue}
      aria-label="input-otp code"
      render={({ slots }) => (
        <div style={{ display: 'flex', gap: 8 }}>
          {slots.map((slot, index) => (
            <div key={index} style={{ width: 40, height: 48, border: '1px solid #888', display: 'grid', placeItems: 'center', outline: slot.isActive ? '2px solid blue' : 'none' }}>
              {slot.char}
              {slot.hasFakeCaret ? <div style={{ width: 1, height: 24, background: 'black' }} /> : null}
            </div>
          ))}
        </div>
      )}
    />
  );
}

function VerikitPhone() {
  const [value, setValue] = useState();
  return <PhoneInput defaultCountry="US" value={value} onChange={setValue} />;
}

function NumberInput() {
  const [value, setValue] = useState();
  return <PhoneNumberInput defaultCountry="US" value={value} onChange={setValue} aria-label="react-phone-number-input" />;
}

function InternationalPhone() {
  const [value, setValue] = useState('');
  return <InternationalPhoneInput defaultCountry="us" value={value} onChange={setValue} inputProps={{ 'aria-label': 'react-international-phone' }} />;
}

const fields = {
  '@verikit/ui OtpInput': <OtpInput webOtp={false} />,
  'input-otp': <InputOtpField />,
  '@verikit/ui PhoneInput': <VerikitPhone />,
  'react-phone-number-input': <NumberInput />,
  'react-international-phone': <InternationalPhone />,
};

function Page() {
  return Object.entries(fields).map(([name, field]) => (
    <section key={name} data-bench={name} style={{ margin: 16, maxWidth: 420 }}>
      {field}
    </section>
  ));
}

// keydown -> the frame after it is painted: rAF runs before that frame's paint, a task queued from it after.
// Beside it, keydown -> the end of the field's own work: a window listener for 'input' in the bubble phase runs after
// React's root listener and the synchronous render it flushes, so the DOM shows the keystroke by then.
let resolveSample;
let inputHandledAt;
window.nextSample = () => new Promise((resolve) => (resolveSample = resolve));
window.addEventListener('keydown', (event) => {
  const start = event.timeStamp;
  const resolve = resolveSample;
  resolveSample = undefined;
  inputHandledAt = undefined;
  requestAnimationFrame(() =>
    setTimeout(() => resolve?.({ paint: performance.now() - start, handled: (inputHandledAt ?? NaN) - start })),
  );
}, true);
window.addEventListener('input', () => {
  inputHandledAt ??= performance.now();
});

createRoot(document.getElementById('root')).render(<Page />);
`;

async function buildPage(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'entry.jsx'), page);
  await build({
    entryPoints: [join(work, 'entry.jsx')],
    bundle: true,
    minify: PROFILE === undefined,
    keepNames: PROFILE !== undefined,
    format: 'esm',
    splitting: true,
    outdir: join(work, 'out'),
    // Ours from source (no build needed), as the playground and Storybook load it.
    conditions: ['@verikit/source'],
    nodePaths: [join(root, 'node_modules'), join(root, 'packages/core/node_modules')],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    loader: { '.svg': 'dataurl', '.png': 'dataurl' },
  });
  writeFileSync(
    join(work, 'out/index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/entry.css"></head>' +
      '<body><div id="root"></div><script type="module" src="/entry.js"></script></body></html>',
  );
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(directory: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(directory, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Records a CPU profile of `run` in the page, writes it and prints the functions with the most self time. */
async function profile(tab: Page, name: string, run: () => Promise<void>): Promise<void> {
  const session = await tab.context().newCDPSession(tab);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  await run();
  const { profile: recorded } = await session.send('Profiler.stop');
  const file = join(work, `${name.replace(/\W+/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(recorded));
  const nodes = recorded.nodes as ProfileNode[];
  const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const self = new Map<string, number>();
  for (const node of nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  console.log(`CPU profile of ${name} (10 cycles): ${file}\nself time, share of all samples:`);
  for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function main() {
  await buildPage();
  const server = await serve(join(work, 'out'));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(server.url);
    // The one text input of each field (a phone field also has a country picker, and ours a search box).
    const inputOf = (name: string) =>
      tab.locator(
        `[data-bench="${name}"] ${fields.find((field) => field.name === name)?.group === 'phone' ? 'input[type=tel]' : 'input'}`,
      );
    for (const field of fields) await inputOf(field.name).waitFor();

    interface Sample {
      paint: number;
      handled: number;
    }
    const samples = new Map<string, Sample[]>(fields.map((field) => [field.name, []]));
    /** Types one cycle into a field; returns what the field showed with the whole value typed. */
    const runCycle = async (field: Field, record: boolean) => {
      const input = inputOf(field.name);
      await input.focus();
      // A person starts typing a moment after focusing: let the focus ring's transition end first.
      await tab.waitForTimeout(300);
      let full = '';
      for (const [index, key] of field.cycle.entries()) {
        await tab.evaluate(() => {
          const page = window as unknown as { pending: Promise<Sample>; nextSample: () => Promise<Sample> };
          page.pending = page.nextSample();
        });
        await tab.keyboard.press(key);
        const sample = await tab.evaluate(() => (window as unknown as { pending: Promise<Sample> }).pending);
        if (record) samples.get(field.name)?.push(sample);
        if (field.cycle[index + 1] === 'Backspace' && key !== 'Backspace') full = await input.inputValue();
      }
      await input.blur();
      return full;
    };

    // Warm-up: loads PhoneInput's numbering plan, compiles every path once. What each showed proves the keys landed.
    const shown: string[] = [];
    for (const field of fields) shown.push(`${field.name} "${await runCycle(field, false)}"`);
    if (PROFILE !== undefined) {
      const field = fields.find((candidate) => candidate.name === PROFILE);
      if (!field)
        throw new Error(`BENCH_PROFILE names no field; one of: ${fields.map((f) => f.name).join(', ')}`);
      await profile(tab, field.name, async () => {
        for (let cycle = 0; cycle < 10; cycle++) await runCycle(field, false);
      });
      return;
    }
    const values = await Promise.all(fields.map((field) => inputOf(field.name).inputValue()));
    // Every cycle ends where it started (react-international-phone keeps its "+1 " prefix).
    if (values.some((value) => value.replace(/\D/g, '') !== '' && value.trim() !== '+1')) {
      throw new Error(`A field kept text after its cycle: ${JSON.stringify(values)}`);
    }

    for (let round = 0; fields.some((field) => (samples.get(field.name)?.length ?? 0) < KEYS); round++) {
      // Rotate who goes first, so no field always follows the same one.
      const order = fields.map((_, index) => fields[(index + round) % fields.length] as Field);
      for (const field of order) {
        if ((samples.get(field.name)?.length ?? 0) < KEYS) await runCycle(field, true);
      }
    }
    if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);

    const summary = (values: number[]) => {
      const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
      return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
    };
    const stats = new Map(
      fields.map((field) => {
        const own = samples.get(field.name) ?? [];
        const paint = summary(own.map((sample) => sample.paint));
        const handled = summary(own.map((sample) => sample.handled));
        return [field.name, { paint, handled }];
      }),
    );
    const ms = (value: number) => value.toFixed(2);
    console.log(
      `Keystrokes in Chromium ${browser.version()}, ms, interleaved cycle by cycle in one page; load average ` +
        `${loadavg()
          .map((load) => load.toFixed(1))
          .join(' ')} on this machine.`,
    );
    console.log(`Typed: ${shown.join(', ')}\n`);
    console.log(
      '| field | keystrokes | key → painted frame: median | p95 | key → input handled (DOM updated): median | p95 |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const field of fields) {
      const { paint, handled } = stats.get(field.name) ?? {};
      if (!paint || !handled) continue;
      console.log(
        `| ${field.name} | ${paint.n} | ${ms(paint.median)} | ${ms(paint.p95)} | ${ms(handled.median)} | ${ms(handled.p95)} |`,
      );
    }
    console.log('');
    for (const field of fields.filter((candidate) => !candidate.ours)) {
      const ours = fields.find((other) => other.group === field.group && other.ours) as Field;
      const a = stats.get(ours.name);
      const b = stats.get(field.name);
      if (!a || !b) continue;
      console.log(
        `${ours.name} / ${field.name}: painted ${(a.paint.median / b.paint.median).toFixed(2)} × at the median ` +
          `(p95 ${(a.paint.p95 / b.paint.p95).toFixed(2)} ×); handled ${(a.handled.median / b.handled.median).toFixed(2)} × ` +
          `(p95 ${(a.handled.p95 / b.handled.p95).toFixed(2)} ×). Goal ≤ 1.0 ×.`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
