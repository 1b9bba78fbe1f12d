import { MAGIC_NUMBERS } from '../faults/magicNumbers';
import { type CliFilterShape, cliFilterFor, generateCli, sameCli } from '../flashCallCli';
import { E164_PATTERN } from '../phoneNumber';
import { isPlainObject, problem } from '../requestProblem';
import type { AllowAnswer, EmulatorMethod, MethodStartOptions } from './emulatorMethod';

/** Late reports are still accepted this long after `interceptionTimeout` (Sinch's `reportTimeout`). */
const REPORT_GRACE_SECONDS = 30;

/** A missed call whose caller number (CLI) is the secret; `cliFilter` tells the client which number to expect. */
export const flashCall = {
  wire: 'flashcall',
  name: 'flashCall',
  label: 'Flash call',
  price: {
    verificationPrice: { currencyId: 'EUR', amount: 0.02 },
    terminationPrice: { currencyId: 'EUR', amount: 0 },
    billableDuration: 0,
  },
  isCall: true,
  deliveryFailureReason: 'Network error or number unreachable',
  reportsSmsDelivery: false,
  answersContentLanguage: false,
  startOptions: {
    key: 'flashCallOptions',
    parse(value) {
      if (!isPlainObject(value)) return problem(40001, 'Parameter flashCallOptions must be an object.');
      const options: MethodStartOptions = {};
      const { dialTimeout, interceptionTimeout } = value;
      if (dialTimeout !== undefined) {
        if (!isWholeSeconds(dialTimeout, 5, 120))
          return problem(
            40001,
            'Parameter flashCallOptions.dialTimeout must be a whole number of seconds from 5 to 120.',
          );
        options.dialTimeout = dialTimeout;
      }
      if (interceptionTimeout !== undefined) {
        if (!isWholeSeconds(interceptionTimeout, 5, 120))
          return problem(
            40001,
            'Parameter flashCallOptions.interceptionTimeout must be a whole number of seconds from 5 to 120.',
          );
        options.interceptionTimeout = interceptionTimeout;
      }
      return { ok: true, value: options };
    },
  },
  challenge(input, settings) {
    // The client waits as long as the phone rings, unless the start says how long to wait.
    const interceptionTimeout =
      input.options.interceptionTimeout ?? input.options.dialTimeout ?? settings.interceptionTimeoutSeconds;
    return {
      cli: generateCli(settings.random, settings.cliPool, settings.unknownDigits),
      interceptionTimeout,
      expiresInSeconds: interceptionTimeout + REPORT_GRACE_SECONDS,
    };
  },
  delivery(record) {
    const cli = record.cli ?? '';
    return { text: `Missed call from ${cli}`, cli };
  },
  startAnswer(record, { links, settings }) {
    const interceptionTimeout = record.interceptionTimeout ?? settings.interceptionTimeoutSeconds;
    const shape: CliFilterShape =
      record.identity.endpoint === MAGIC_NUMBERS.flashCallInfixFilter ? 'infix' : settings.filterShape;
    return {
      id: record.id,
      method: 'flashcall',
      flashCall: {
        cliFilter: cliFilterFor(record.cli ?? '', shape, settings.unknownDigits),
        interceptionTimeout,
        reportTimeout: interceptionTimeout + REPORT_GRACE_SECONDS,
        denyCallAfter: 0,
      },
      _links: [links.status, links.report],
    };
  },
  report: {
    field: 'cli',
    isRight: (reported, record) => sameCli(reported, record.cli ?? ''),
    wrongReason: 'Invalid CLI',
  },
  readRequestEventAnswer(details) {
    const answer: AllowAnswer = { action: 'allow' };
    if (details.cli !== undefined) {
      if (typeof details.cli !== 'string' || !E164_PATTERN.test(details.cli))
        return { action: 'invalid', why: '`flashCall.cli` is not an E.164 number' };
      answer.cli = details.cli;
    }
    if (details.dialTimeout !== undefined) {
      if (!isWholeSeconds(details.dialTimeout, 5, 120))
        return { action: 'invalid', why: '`flashCall.dialTimeout` is not 5–120 seconds' };
      answer.dialTimeout = details.dialTimeout;
    }
    if (details.interceptionTimeout !== undefined) {
      if (!isWholeSeconds(details.interceptionTimeout, 5, 120))
        return { action: 'invalid', why: '`flashCall.interceptionTimeout` is not 5–120 seconds' };
      answer.interceptionTimeout = details.interceptionTimeout;
    }
    // As at the start: the wait follows how long the phone rings, unless the answer says how long to wait.
    const wait = answer.interceptionTimeout ?? answer.dialTimeout;
    if (wait === undefined) return answer;
    return { ...answer, interceptionTimeout: wait, expirySeconds: wait + REPORT_GRACE_SECONDS };
  },
} satisfies EmulatorMethod<'flashcall'>;

function isWholeSeconds(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
