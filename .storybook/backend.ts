/**
 * The stories' backend: the real `@verikit/proxy` on the real `@verikit/sinch-emulator`, both running in the
 * browser as in-process `(Request) => Promise<Response>` handlers. No port, no network, no Sinch account.
 *
 * How a story uses it
 * -------------------
 * Every story is already wrapped (in `preview.tsx`) in a `VerificationProvider` whose client calls this proxy, and
 * gets a fresh emulator and proxy before it renders (a new inbox, no faults, no verifications, fresh rate limits).
 * So a story of a connected component just renders it:
 *
 * ```tsx
 * export const SmsJourney: Story = {
 *   play: async ({ canvas, userEvent }) => {
 *     await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), '+46700000000');
 *     await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
 *     const sms = await waitForDelivery('+46700000000');          // what the phone received
 *     await userEvent.keyboard(sms.code ?? '');
 *     await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toBeVisible();
 *   },
 * };
 * ```
 *
 * - `waitForDelivery(e164, { method })` resolves with the next (or already delivered) SMS, flash call or callout;
 *   `storyBackend().emulator.inbox` reads the whole inbox (`all`, `for`, `latest`).
 * - Per-story setup goes in `parameters.verikit` (see `VerikitParameters`): emulator options (`faults`, `seed`,
 *   `codeLength`, `now` …) and proxy options (`limits`, `allowedCountries`, `allowedMethods` …). For instance
 *   `parameters: { verikit: { emulator: { faults: [{ match: '*', fault: 'deliveryFailure' }] } } }`. Or add faults
 *   from a play function with `storyBackend().emulator.faults.add(rule)`.
 * - The emulator's magic numbers (`MAGIC_NUMBERS` from `@verikit/sinch-emulator`) give the common failures with no
 *   setup: `+46700000100` always gets code `1234`, `…101` a delivery failure, `…104` a 429, `…102` a denial.
 * - Seamless verification opens a link on the emulator: pass `openSeamless={openSeamlessInEmulator}` to the hook
 *   or the drop-in so the link is opened in-process too (the default would go to the network).
 * - `parameters: { verikit: { provider: false } }` renders a story without the provider (pure parts).
 * - Theme, locale and direction come from the toolbar (`globals: { theme: 'dark', locale: 'ar' }` on a story pins
 *   them); see `preview.tsx`.
 */
import { createVerificationClient, type VerificationClient } from '@verikit/core';
import { createVerificationProxy, type VerificationProxyOptions } from '@verikit/proxy';
import {
  createSinchEmulator,
  type Delivery,
  EMULATOR_APPLICATION,
  type SinchEmulator,
  type SinchEmulatorOptions,
} from '@verikit/sinch-emulator';

/** Where the in-browser proxy is "mounted"; no server listens there, the client's `fetch` is the proxy itself. */
export const STORY_PROXY_BASE_URL = '/api/verification';

/** `parameters.verikit`: how one story's backend is set up. */
export interface VerikitParameters {
  /** Options of this story's emulator (`faults`, `seed`, `codeLength`, `now`, …). @default the emulator's defaults */
  emulator?: Omit<SinchEmulatorOptions, 'applications' | 'baseUrl'>;
  /** Options of this story's proxy. Limits default to the proxy's, but per story (a fresh store each time). */
  proxy?: Omit<
    VerificationProxyOptions,
    'applicationKey' | 'applicationSecret' | 'sinchBaseUrl' | 'fetch' | 'proof' | 'basePath'
  >;
  /** Wrap the story in a `VerificationProvider` on this backend. @default true */
  provider?: boolean;
}

/** One story's backend. */
export interface StoryBackend {
  emulator: SinchEmulator;
  /** The proxy handler: `(Request) => Promise<Response>`. */
  proxy: (request: Request) => Promise<Response>;
  /** A client on the proxy, as the `VerificationProvider` of every story has. */
  client: VerificationClient;
  /** The proof secret the proxy signs with: check a story's proof with `verifyProof(proof, { secret })`. */
  proofSecret: string;
}

// Fixed and public: it only signs proofs inside Storybook.
const STORY_PROOF_SECRET = 'verikit-storybook-proof-secret-not-for-production';
const EMULATOR_BASE_URL = 'http://emulator.verikit.invalid';

let current: StoryBackend | undefined;

/** A new emulator and proxy: what every story starts from (called by `preview.tsx` before each story). */
export function resetStoryBackend(parameters: VerikitParameters = {}): StoryBackend {
  const emulator = createSinchEmulator({ ...parameters.emulator, baseUrl: EMULATOR_BASE_URL });
  const handler = createVerificationProxy({
    ...parameters.proxy,
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    sinchBaseUrl: EMULATOR_BASE_URL,
    fetch: emulator.fetch,
    proof: { secret: STORY_PROOF_SECRET },
    basePath: STORY_PROXY_BASE_URL,
  });
  const proxy = (request: Request) => handler(request);
  const client = createVerificationClient({
    baseUrl: STORY_PROXY_BASE_URL,
    // Whatever backend is current when the request is made, so a client held by a mounted tree stays valid.
    fetch: (input, init) => storyBackend().proxy(new Request(new URL(input, window.location.href), init)),
  });
  current = { emulator, proxy, client, proofSecret: STORY_PROOF_SECRET };
  return current;
}

/** The current story's backend. */
export function storyBackend(): StoryBackend {
  return current ?? resetStoryBackend();
}

export interface WaitForDeliveryOptions {
  /** Only a delivery by this method. @default any */
  method?: Delivery['method'];
  /** Skip deliveries already in the inbox when called (wait for the next one, e.g. after a resend). @default false */
  isNewOnly?: boolean;
  /** Give up (and reject with a clear error) after this many milliseconds (a ceiling for loaded machines). @default 10000 */
  timeoutMs?: number;
}

/**
 * The newest delivery to a number (E.164), or the next one when none is there yet: what a play function reads to
 * finish a verification (`delivery.code` for SMS and callout, `delivery.cli` for a flash call).
 */
export function waitForDelivery(e164: string, options: WaitForDeliveryOptions = {}): Promise<Delivery> {
  const { emulator } = storyBackend();
  const matches = (delivery: Delivery) =>
    delivery.to === e164 && (options.method === undefined || delivery.method === options.method);
  if (!options.isNewOnly) {
    const existing = emulator.inbox.for(e164).find(matches);
    if (existing) return Promise.resolve(existing);
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`No ${options.method ?? 'delivery'} reached ${e164} within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = emulator.inbox.subscribe((delivery) => {
      if (!matches(delivery)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(delivery);
    });
  });
}

/**
 * Opens a seamless verification's `targetUri` on the in-browser emulator, following its redirects as a phone's
 * data session would. Pass it as `openSeamless` to `usePhoneVerification` or `PhoneVerification` in stories.
 */
export async function openSeamlessInEmulator(targetUri: string, signal: AbortSignal): Promise<Response> {
  let url = targetUri;
  // Sinch's link redirects once before its answer; a few hops at most, never a loop.
  for (let hop = 0; hop < 5; hop++) {
    const response = await storyBackend().emulator.fetch(new Request(url, { signal, redirect: 'manual' }));
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    url = new URL(location, url).toString();
  }
  throw new Error(`The seamless link ${targetUri} redirected too many times`);
}
