#!/usr/bin/env node
/**
 * `pnpm bench:size`: what each phone/OTP component costs a page, ours and the peers', measured the same way side by
 * side: a minimal usage bundled by esbuild (`--bundle --minify --format=esm`, code splitting on), react and react-dom
 * external (every page has them), each output file gzipped at level 9 on its own (each is its own HTTP response).
 *
 * "First load" is the entry file plus the chunks it imports statically. Code loaded later with `import()` is listed
 * apart: for verikit's PhoneInput that is libphonenumber-js's engine (fetched with the first plan, right after the
 * field mounts) and the numbering plan of each group of calling codes, fetched when a country is used, so a page
 * shows the picker and the field at once and pays 0.2-1.5 kB per country group it meets. "+ one country" adds the
 * engine and one plan: what a page that only meets US numbers loads in all. The ratio compares that with
 * react-phone-number-input's default build, whose `min` metadata covers every country up front. The drop-in
 * `PhoneVerification` is gated on its first load against react-phone-number-input + input-otp (≤ 0.6 ×); the total
 * with the engine and the +1 plan, what a person downloads to verify one number, is printed beside it as a figure.
 *
 * Ours is measured from the built dist: run `pnpm -r --filter './packages/**' build` first.
 *
 * To add a row: add an entry to `entries` (a name, a group, and the source of a minimal usage).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'node_modules/.cache/bench-size');
const dist = (pkg) => join(root, 'packages', pkg, 'dist/index.js');

/** The peer dependencies every React page already has, or that the app brings itself. */
const external = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/**
 * One row per entry. `code` is a minimal usage (JSX allowed). `ours` entries need the built dist. `lazyMatch`
 * names the lazily loaded chunk to add to the first load for the ratio (a regex on the chunk's input files).
 */
const entries = [
  {
    group: 'phone',
    name: 'react-phone-number-input (default: min metadata)',
    baseline: true,
    code: `import { useState } from 'react';
import PhoneInput from 'react-phone-number-input';
export function App() {
  const [value, setValue] = useState();
  return <PhoneInput defaultCountry="US" value={value} onChange={setValue} />;
}`,
  },
  {
    group: 'phone',
    name: 'react-phone-number-input/max',
    code: `import { useState } from 'react';
import PhoneInput from 'react-phone-number-input/max';
export function App() {
  const [value, setValue] = useState();
  return <PhoneInput defaultCountry="US" value={value} onChange={setValue} />;
}`,
  },
  {
    group: 'phone',
    name: 'react-international-phone (no validation)',
    code: `import { useState } from 'react';
import { PhoneInput } from 'react-international-phone';
export function App() {
  const [value, setValue] = useState('');
  return <PhoneInput defaultCountry="us" value={value} onChange={setValue} />;
}`,
  },
  {
    group: 'phone',
    name: 'libphonenumber-js/min: parse + AsYouType + isValid',
    code: `import { parsePhoneNumber, AsYouType, isValidPhoneNumber } from 'libphonenumber-js/min';
export const run = (text) => [parsePhoneNumber(text, 'US'), new AsYouType('US').input(text), isValidPhoneNumber(text, 'US')];`,
  },
  {
    group: 'phone',
    name: '@verikit/ui PhoneInput',
    ours: true,
    lazyMatch: /metadata[\\/]groups[\\/]1\.|[\\/]1-[\w-]+\.js$/,
    lazyLabel: 'engine + the +1 plan (US, CA, …)',
    code: `import { useState } from 'react';
import { PhoneInput } from '${dist('ui')}';
export function App() {
  const [value, setValue] = useState();
  return <PhoneInput defaultCountry="US" value={value} onChange={setValue} />;
}`,
  },
  {
    group: 'phone',
    name: '@verikit/react usePhoneField (headless)',
    ours: true,
    lazyMatch: /metadata[\\/]groups[\\/]1\.|[\\/]1-[\w-]+\.js$/,
    lazyLabel: 'engine + the +1 plan',
    code: `import { usePhoneField } from '${dist('react')}';
export function Field() {
  const field = usePhoneField({ defaultCountry: 'US' });
  return <input {...field.inputProps} />;
}`,
  },
  {
    group: 'otp',
    name: 'input-otp <OTPInput> (6 slots)',
    code: `import { OTPInput } from 'input-otp';
export function App() {
  return <OTPInput maxLength={6} render={({ slots }) => slots.map((slot, i) => <div key={i}>{slot.char}</div>)} />;
}`,
  },
  {
    group: 'otp',
    name: 'react-otp-input',
    code: `import { useState } from 'react';
import OtpInput from 'react-otp-input';
export function App() {
  const [otp, setOtp] = useState('');
  return <OtpInput value={otp} onChange={setOtp} numInputs={6} renderInput={(props) => <input {...props} />} />;
}`,
  },
  {
    group: 'otp',
    name: '@verikit/ui OtpInput (with useOtpField and its WebOTP request)',
    ours: true,
    code: `import { OtpInput } from '${dist('ui')}';
export function App() {
  return <OtpInput length={6} onComplete={(code) => console.log(code)} />;
}`,
  },
  {
    group: 'otp',
    name: '@verikit/react useOtpField (headless)',
    ours: true,
    code: `import { useOtpField } from '${dist('react')}';
export function Field() {
  const field = useOtpField({ length: 6 });
  return <div {...field.rootProps}><input {...field.inputProps} />{field.slots.map((slot) => <div key={slot.index} {...field.getSlotProps(slot.index)}>{slot.char}</div>)}</div>;
}`,
  },
  {
    group: 'drop-in',
    name: '@verikit/ui PhoneVerification (drop-in: phone, code, call steps, hooks, flow, client, catalogues)',
    ours: true,
    lazyMatch: /metadata[\\/]groups[\\/]1\.|[\\/]1-[\w-]+\.js$/,
    lazyLabel: 'engine + the +1 plan',
    code: `import { VerificationProvider } from '${dist('react')}';
import { PhoneVerification } from '${dist('ui')}';
export function App() {
  return (
    <VerificationProvider baseUrl="/api/verification">
      <PhoneVerification methods={['sms', 'flashCall', 'callout']} defaultCountry="US" onVerified={console.log} />
    </VerificationProvider>
  );
}`,
  },
];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function measure(entry, index) {
  const directory = join(work, String(index));
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const source = join(directory, 'entry.jsx');
  writeFileSync(source, entry.code);
  const result = await build({
    entryPoints: [source],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: join(directory, 'out'),
    external,
    // libphonenumber-js is a dependency of @verikit/core, not of the root.
    nodePaths: [join(root, 'packages/core/node_modules')],
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = result.metafile.outputs;
  const sizeOf = (file) => gz(readFileSync(join(root, file)));
  // Dynamic imports are entry points too in the metafile: the page's entry is the one built from our source.
  const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === relative(root, source));
  // First load: the entry and everything it imports statically, transitively.
  const firstLoad = new Set();
  const visit = (file) => {
    if (firstLoad.has(file)) return;
    firstLoad.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryFile);
  const lazy = Object.keys(outputs).filter((file) => file.endsWith('.js') && !firstLoad.has(file));
  const firstLoadBytes = [...firstLoad].reduce((sum, file) => sum + sizeOf(file), 0);
  const engineChunk = lazy.find((file) =>
    Object.keys(outputs[file].inputs).some((input) => /phoneEngine\.(js|ts)$/.test(input)),
  );
  const lazyChunk = entry.lazyMatch
    ? lazy.find((file) => Object.keys(outputs[file].inputs).some((input) => entry.lazyMatch.test(input)))
    : undefined;
  const lazyBytes = lazy.map(sizeOf);
  const engineBytes = engineChunk ? sizeOf(engineChunk) : 0;
  const planBytes = lazyChunk ? sizeOf(lazyChunk) : undefined;
  return {
    ...entry,
    firstLoadBytes,
    lazyCount: lazy.length,
    lazyTotal: lazyBytes.reduce((a, b) => a + b, 0),
    lazyMax: Math.max(0, ...lazyBytes),
    engineBytes,
    planBytes,
    // A country's plan is only usable with libphonenumber-js's engine, which loads with the first plan: count both.
    oneCountryBytes: planBytes === undefined ? undefined : planBytes + engineBytes,
    lazyFile: lazyChunk ? relative(root, lazyChunk) : undefined,
  };
}

const missing = ['core', 'react', 'ui'].filter((pkg) => !existsSync(dist(pkg)));
if (missing.length > 0) {
  console.error(`Build first: ${missing.map((pkg) => `@verikit/${pkg}`).join(', ')} has no dist.`);
  console.error("Run: pnpm -r --filter './packages/**' build");
  process.exit(1);
}

const rows = [];
for (const [index, entry] of entries.entries()) rows.push(await measure(entry, index));

const kb = (bytes) => (bytes === undefined ? '' : bytes.toLocaleString('en-US'));
const header = ['group', 'entry', 'first load', '+ one country', 'lazy chunks (count, total, largest)'];
const table = rows.map((row) => [
  row.group,
  row.name,
  kb(row.firstLoadBytes),
  row.oneCountryBytes === undefined
    ? ''
    : `${kb(row.firstLoadBytes + row.oneCountryBytes)} (${row.lazyLabel})`,
  row.lazyCount ? `${row.lazyCount}, ${kb(row.lazyTotal)}, ${kb(row.lazyMax)}` : '',
]);
console.log(
  'min+gz bytes (esbuild --bundle --minify --format=esm --splitting; react, react-dom external; gzip -9)\n',
);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const line of table) console.log(`| ${line.join(' | ')} |`);

const baseline = rows.find((row) => row.baseline);
const ours = rows.find((row) => row.name === '@verikit/ui PhoneInput');
if (baseline && ours) {
  const withCountry = ours.firstLoadBytes + (ours.oneCountryBytes ?? 0);
  const ratio = withCountry / baseline.firstLoadBytes;
  console.log(
    `\nPhoneInput first load + one country: ${kb(withCountry)} B = ${ratio.toFixed(3)} × react-phone-number-input ` +
      `(${kb(baseline.firstLoadBytes)} B); first load alone ${(ours.firstLoadBytes / baseline.firstLoadBytes).toFixed(3)} ×. ` +
      'Budget ≤ 0.5 ×, aim 0.4 ×.',
  );
  if (ratio > 0.5) {
    console.error('Over budget: PhoneInput must weigh at most half of react-phone-number-input.');
    process.exitCode = 1;
  }
}

const inputOtp = rows.find((row) => row.name.startsWith('input-otp'));
const otp = rows.find((row) => row.name.startsWith('@verikit/ui OtpInput'));
if (inputOtp && otp) {
  const ratio = otp.firstLoadBytes / inputOtp.firstLoadBytes;
  console.log(
    `OtpInput: ${kb(otp.firstLoadBytes)} B = ${ratio.toFixed(3)} × input-otp (${kb(inputOtp.firstLoadBytes)} B). ` +
      'Budget ≤ 1 ×, aim 0.75 ×.',
  );
  if (ratio > 1) {
    console.error('Over budget: OtpInput must weigh at most what input-otp does.');
    process.exitCode = 1;
  }
}
const dropIn = rows.find((row) => row.group === 'drop-in');
if (baseline && inputOtp && dropIn) {
  // The gate is the first load: what the page downloads before anyone types. The total a person downloads to verify
  // one number (the first load, libphonenumber-js's engine and one plan, +1 here) is printed beside it, not gated.
  const peers = baseline.firstLoadBytes + inputOtp.firstLoadBytes;
  const ratio = dropIn.firstLoadBytes / peers;
  const withCountry = dropIn.firstLoadBytes + (dropIn.oneCountryBytes ?? 0);
  console.log(
    `PhoneVerification drop-in: first load ${kb(dropIn.firstLoadBytes)} B = ${ratio.toFixed(3)} × ` +
      `(react-phone-number-input + input-otp = ${kb(peers)} B). Budget ≤ 0.6 × (${kb(Math.floor(0.6 * peers))} B).\n` +
      `  With the engine ${kb(dropIn.engineBytes)} B and the +1 plan ${kb(dropIn.planBytes)} B: ${kb(withCountry)} B = ` +
      `${(withCountry / peers).toFixed(3)} × (a figure, not a gate).`,
  );
  if (ratio > 0.6) {
    console.error(
      `Over budget by ${kb(dropIn.firstLoadBytes - Math.floor(0.6 * peers))} B: the drop-in's first load must weigh ` +
        'at most 0.6 × react-phone-number-input + input-otp.',
    );
    process.exitCode = 1;
  }
}
