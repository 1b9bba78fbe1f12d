import { speechFor } from '../messageLanguage';
import { isPlainObject, problem } from '../requestProblem';
import { challengeCode, isSameCode } from './codeChallenge';
import type { AllowAnswer, EmulatorMethod, MethodStartOptions } from './emulatorMethod';

/** The phone rings and a voice reads the code digit by digit; callout codes are always digits. */
export const callout = {
  wire: 'callout',
  name: 'callout',
  label: 'Callout',
  price: {
    verificationPrice: { currencyId: 'EUR', amount: 0.04 },
    terminationPrice: { currencyId: 'EUR', amount: 0.01 },
    billableDuration: 12,
  },
  isCall: true,
  deliveryFailureReason: 'Network error or number unreachable',
  reportsSmsDelivery: false,
  answersContentLanguage: false,
  startOptions: {
    key: 'calloutOptions',
    parse(value) {
      if (!isPlainObject(value)) return problem(40001, 'Parameter calloutOptions must be an object.');
      const options: MethodStartOptions = {};
      const { speech } = value;
      if (speech === undefined) return { ok: true, value: options };
      if (!isPlainObject(speech)) return problem(40001, 'Parameter calloutOptions.speech must be an object.');
      if (speech.locale !== undefined) {
        if (typeof speech.locale !== 'string' || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(speech.locale))
          return problem(
            40001,
            'Parameter calloutOptions.speech.locale must be a language tag such as "fr-FR".',
          );
        options.speechLocale = speech.locale;
      }
      return { ok: true, value: options };
    },
  },
  challenge(input, settings) {
    return {
      code: challengeCode(input, settings, 'callout', 'Numeric'),
      codeType: 'Numeric',
      expiresInSeconds: settings.calloutExpirySeconds,
    };
  },
  delivery(record) {
    const code = record.code ?? '';
    return { text: speechFor(record.language, code), code };
  },
  startAnswer(record, { links }) {
    return { id: record.id, method: 'callout', _links: [links.status, links.report] };
  },
  report: {
    field: 'code',
    isRight: (reported, record) => isSameCode(reported, record.code),
    wrongReason: 'Invalid code',
  },
  readRequestEventAnswer(details) {
    const answer: AllowAnswer = { action: 'allow' };
    if (details.code !== undefined) {
      if (typeof details.code !== 'string' || !/^\d{1,16}$/.test(details.code))
        return { action: 'invalid', why: '`callout.code` is not a string of digits' };
      answer.code = details.code;
    }
    if (details.speech !== undefined) {
      const speech = details.speech;
      if (!isPlainObject(speech) || (speech.locale !== undefined && typeof speech.locale !== 'string'))
        return { action: 'invalid', why: '`callout.speech.locale` is not a language tag' };
      if (typeof speech.locale === 'string') answer.speechLocale = speech.locale;
    }
    return answer;
  },
} satisfies EmulatorMethod<'callout'>;
