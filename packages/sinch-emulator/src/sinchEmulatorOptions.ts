import type { SmsCodeType } from '@verikit/core';
import type { EmulatorApplication } from './emulatorApplication';
import type { FaultRule } from './faults/faultRule';
import type { FlashCallCliOptions } from './flashCallCli';
import type { CodeGenerator } from './generateCode';
import type { Inbox } from './inbox';
import type { ManualClock } from './manualClock';

export interface SinchEmulatorOptions {
  /** The applications (key + base64 secret) whose signed or Basic requests are accepted. @default [EMULATOR_APPLICATION] */
  applications?: readonly EmulatorApplication[];
  /** The clock, in milliseconds since the epoch (see `createManualClock`). @default Date.now */
  now?: () => number;
  /**
   * A manual clock that other processes may move over HTTP (`POST /emulator/clock`), for expiry tests against a
   * running emulator. It is also the clock, unless `now` is given. @default none: the clock cannot be moved over HTTP
   */
  manualClock?: ManualClock;
  /** Length of SMS and callout codes. Sinch's start response does not say it; the kit expects 4. @default 4 */
  codeLength?: number;
  /** Code alphabet when the start request does not choose one. @default 'Numeric' */
  codeType?: SmsCodeType;
  /** Seeds codes, ids and caller numbers: the same seed gives the same sequence. @default random (Web Crypto) */
  seed?: number;
  /** Makes each SMS / callout code; overrides `seed` for codes (a callback's code still wins). */
  codeGenerator?: CodeGenerator;
  /** How long an SMS code is valid when the request sets no `smsOptions.expiry`. @default 600 */
  smsExpirySeconds?: number;
  /** The flash call's `interceptionTimeout`; `reportTimeout` is 30 s more, and ends the verification. @default 45 */
  interceptionTimeoutSeconds?: number;
  /** How long a callout code (and a seamless link) stays valid. @default 300 */
  calloutExpirySeconds?: number;
  /** Wrong codes (or CLIs) accepted before the verification is closed as `FAIL`. @default 5 */
  maxAttempts?: number;
  /** Flash call caller numbers and `cliFilter` shape. */
  flashCall?: FlashCallCliOptions;
  /** Where `VerificationRequestEvent` and `VerificationResultEvent` are POSTed, signed. @default none */
  callbackUrl?: string;
  /** The `fetch` used for callbacks: pass an in-process handler in tests. @default globalThis.fetch */
  callbackFetch?: typeof fetch;
  /** How long to wait for a callback answer; no answer in time is an invalid callback. @default 5000 */
  callbackTimeoutMs?: number;
  /** Fault rules from the start (kept by `reset()`, removed by `faults.clear()`). @default [] */
  faults?: readonly FaultRule[];
  /** Whether the magic test numbers (`MAGIC_NUMBERS`) trigger their faults. @default true */
  magicNumbers?: boolean;
  /** The delay of `MAGIC_NUMBERS.slow`. @default 3000 */
  slowResponseMs?: number;
  /**
   * The emulator's public URL, for `_links` and the seamless `targetUri`. A path (e.g. `http://localhost:5173/sinch`)
   * is a prefix the routes are also served under.
   * @default 'http://127.0.0.1:8787'
   */
  baseUrl?: string;
  /** Accept `Authorization: Basic` (Sinch accepts it for prototyping). @default true */
  allowBasic?: boolean;
  /** Allowed clock skew of a signed request's `X-Timestamp`, either way (Sinch's is unpublished). @default 900000 */
  maxClockSkewMs?: number;
  /** Largest request body accepted; larger ones get 413. @default 65536 */
  maxBodyBytes?: number;
  /** Deliveries kept in the inbox (oldest dropped first). @default 1000 */
  inboxLimit?: number;
  /** Verifications kept (oldest dropped first), so a long-running emulator stays small. @default 10000 */
  maxVerifications?: number;
  /** Receives one readable line per delivery, and a line per failed callback. @default none */
  logger?: (line: string) => void;
}

/** The emulator's time, and the way to move it when it runs on a manual clock. */
export interface EmulatorClock {
  /** The emulator's time (ms since the epoch): what expiry, timestamps and the signature window go by. */
  now(): number;
  /** Whether `advance` and `set` can move it: the emulator was given a `manualClock`. */
  readonly isManual: boolean;
  /** Moves the manual clock forward by `ms`. Throws a `TypeError` on real time (no `manualClock`). */
  advance(ms: number): void;
  /** Sets the manual clock to `ms` since the epoch. Throws a `TypeError` on real time (no `manualClock`). */
  set(ms: number): void;
}

export interface SinchEmulator {
  /** The Sinch Verification API plus the `/emulator/*` routes. Bound: pass it as `fetch` directly. */
  fetch(request: Request): Promise<Response>;
  /** Also callable like the global `fetch` (absolute URL), so it fits anywhere a `fetch` is expected. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** What the phones received. */
  inbox: Inbox;
  faults: {
    add(rule: FaultRule): void;
    clear(): void;
    /** The rules in force, oldest first (magic numbers not included). */
    list(): FaultRule[];
  };
  /** The emulator's time; moves it when the emulator runs on a `manualClock` (as `POST /emulator/clock` does). */
  clock: EmulatorClock;
  /** Forgets every verification, empties the inbox and puts the faults back to the options' rules. */
  reset(): void;
  /** Resolves once every callback sent so far has been answered (or failed). */
  settled(): Promise<void>;
  /** The applications accepted. */
  readonly applications: readonly EmulatorApplication[];
  readonly baseUrl: string;
}
