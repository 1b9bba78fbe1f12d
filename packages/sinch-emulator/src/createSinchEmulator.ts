import { createCallbacks } from './callbacks/createCallbacks';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { createEmulatorClock } from './emulatorClock';
import { createFaultBook } from './faults/faultBook';
import { magicFaultRules } from './faults/magicNumbers';
import { type CliFilterShape, DEFAULT_CLI_POOL, DEFAULT_UNKNOWN_DIGITS } from './flashCallCli';
import { createInbox } from './inbox';
import type { MethodSettings } from './methods/emulatorMethod';
import { cryptoRandomSource, type RandomSource, seededRandom } from './randomSource';
import { createApiRoutes } from './routes/apiRoutes';
import { createFetchHandler } from './routes/createFetchHandler';
import { createEmulatorRoutes } from './routes/emulatorRoutes';
import type { SinchEmulator, SinchEmulatorOptions } from './sinchEmulatorOptions';
import { createVerifications } from './state/createVerifications';

export type { EmulatorClock, SinchEmulator, SinchEmulatorOptions } from './sinchEmulatorOptions';

/**
 * The Sinch Verification API as a web-standard handler. The options are checked here (a bad one is a `TypeError`);
 * the parts are wired together: the methods (`methods/`), one verification's state machine and the verifications
 * kept (`state/`), the fault book (`faults/`), callbacks (`callbacks/`) and the HTTP routes (`routes/`).
 */
export function createSinchEmulator(options: SinchEmulatorOptions = {}): SinchEmulator {
  const applications = [...(options.applications ?? [EMULATOR_APPLICATION])];
  if (applications.length === 0) throw new TypeError('createSinchEmulator needs at least one application');
  for (const application of applications) {
    if (!application.key || !/^[A-Za-z0-9+/]+={0,2}$/.test(application.secret))
      throw new TypeError(`Application "${application.key}" needs a key and a base64 secret`);
  }
  const now = options.now ?? options.manualClock?.now ?? Date.now;
  const clock = createEmulatorClock(now, options.manualClock);
  const codeLength = positiveInteger(options.codeLength ?? 4, 'codeLength', 1, 16);
  const random: RandomSource = options.seed === undefined ? cryptoRandomSource() : seededRandom(options.seed);
  const smsExpirySeconds = positiveInteger(options.smsExpirySeconds ?? 600, 'smsExpirySeconds');
  const interceptionTimeoutSeconds = positiveInteger(
    options.interceptionTimeoutSeconds ?? 45,
    'interceptionTimeoutSeconds',
  );
  const calloutExpirySeconds = positiveInteger(options.calloutExpirySeconds ?? 300, 'calloutExpirySeconds');
  const maxAttempts = positiveInteger(options.maxAttempts ?? 5, 'maxAttempts');
  const cliPool = options.flashCall?.cliPool ?? DEFAULT_CLI_POOL;
  if (cliPool.length === 0 || !cliPool.every((prefix) => /^\+[1-9]\d{1,10}$/.test(prefix)))
    throw new TypeError('flashCall.cliPool must hold E.164 prefixes such as "+4610888"');
  const unknownDigits = positiveInteger(
    options.flashCall?.unknownDigits ?? DEFAULT_UNKNOWN_DIGITS,
    'flashCall.unknownDigits',
    1,
    8,
  );
  const filterShape: CliFilterShape = options.flashCall?.filterShape ?? 'suffix';
  const callbackTimeoutMs = positiveInteger(
    options.callbackTimeoutMs ?? 5000,
    'callbackTimeoutMs',
    1,
    600_000,
  );
  const slowResponseMs = positiveInteger(options.slowResponseMs ?? 3000, 'slowResponseMs', 0, 600_000);
  const baseUrl = absoluteUrl(options.baseUrl ?? 'http://127.0.0.1:8787', 'baseUrl').replace(/\/+$/, '');
  const maxClockSkewMs = positiveInteger(options.maxClockSkewMs ?? 15 * 60_000, 'maxClockSkewMs', 0);
  const maxBodyBytes = positiveInteger(options.maxBodyBytes ?? 64 * 1024, 'maxBodyBytes');
  const maxVerifications = positiveInteger(options.maxVerifications ?? 10_000, 'maxVerifications');
  const logger = options.logger ?? (() => {});
  if (options.callbackUrl !== undefined) absoluteUrl(options.callbackUrl, 'callbackUrl');

  const methods: MethodSettings = {
    random,
    codeLength,
    defaultCodeType: options.codeType ?? 'Numeric',
    codeGenerator: options.codeGenerator,
    smsExpirySeconds,
    interceptionTimeoutSeconds,
    calloutExpirySeconds,
    cliPool,
    unknownDigits,
    filterShape,
    baseUrl,
  };
  const faults = createFaultBook(
    options.faults ?? [],
    options.magicNumbers === false ? [] : magicFaultRules(slowResponseMs),
  );
  const inbox = createInbox(positiveInteger(options.inboxLimit ?? 1000, 'inboxLimit'), (error) =>
    logger(`Inbox listener failed: ${String(error)}`),
  );
  const callbacks = createCallbacks({
    url: options.callbackUrl,
    fetch: options.callbackFetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: callbackTimeoutMs,
    applications,
    now,
    logger,
  });
  const verifications = createVerifications({
    methods,
    maxAttempts,
    maxVerifications,
    now,
    inbox,
    callbacks,
    logger,
  });
  const fetch = createFetchHandler({
    basePath: new URL(baseUrl).pathname.replace(/\/+$/, ''),
    api: createApiRoutes({
      verifications,
      faults,
      methods,
      applications,
      now,
      maxBodyBytes,
      maxClockSkewMs,
      allowBasic: options.allowBasic ?? true,
    }),
    emulator: createEmulatorRoutes({ inbox, faults, clock, verifications, baseUrl, maxBodyBytes }),
    logger,
  });

  return {
    fetch,
    inbox: {
      all: inbox.all,
      for: inbox.for,
      latest: inbox.latest,
      clear: inbox.clear,
      subscribe: inbox.subscribe,
    },
    clock,
    faults: {
      add: (rule) => {
        const added = faults.add([rule]);
        if (!added.ok) throw new TypeError(`Invalid fault rule: ${added.message}`);
      },
      clear: faults.clear,
      list: faults.list,
    },
    reset: () => {
      verifications.clear();
      inbox.clear();
      faults.reset();
    },
    settled: callbacks.settled,
    applications,
    baseUrl,
  };
}

function absoluteUrl(value: string, name: string): string {
  if (typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value)) return value;
  throw new TypeError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
}

function positiveInteger(value: number, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new TypeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}
