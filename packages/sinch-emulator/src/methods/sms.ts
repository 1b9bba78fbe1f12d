import { smsTemplateFor } from '../messageLanguage';
import { isPlainObject, problem } from '../requestProblem';
import { parseDuration } from '../sinchTime';
import type { VerificationRecord } from '../state/verificationRecord';
import { challengeCode, isSameCode, parseCodeType, readCodeAnswer, readLanguageList } from './codeChallenge';
import type { EmulatorMethod, MethodStartOptions } from './emulatorMethod';

/** A code in an SMS: the template with `{{CODE}}`, in the language `Accept-Language` asks for. */
export const sms = {
  wire: 'sms',
  name: 'sms',
  label: 'SMS',
  price: { verificationPrice: { currencyId: 'EUR', amount: 0.04 } },
  isCall: false,
  deliveryFailureReason: 'SMS delivery failure',
  reportsSmsDelivery: true,
  answersContentLanguage: true,
  startOptions: {
    key: 'smsOptions',
    parse(value) {
      if (!isPlainObject(value)) return problem(40001, 'Parameter smsOptions must be an object.');
      const options: MethodStartOptions = {};
      const { expiry, codeType, template } = value;
      if (expiry !== undefined) {
        const seconds = typeof expiry === 'string' ? parseDuration(expiry) : undefined;
        if (seconds === undefined)
          return problem(40001, 'Parameter smsOptions.expiry must be a duration "HH:MM:SS".');
        options.expirySeconds = seconds;
      }
      if (codeType !== undefined) {
        const checked = parseCodeType(codeType, 'smsOptions.codeType');
        if (!checked.ok) return checked;
        options.codeType = checked.value;
      }
      if (template !== undefined) {
        if (typeof template !== 'string' || !template.includes('{{CODE}}') || template.length > 1000)
          return problem(40001, 'Parameter smsOptions.template must be a string containing {{CODE}}.');
        options.template = template;
      }
      return { ok: true, value: options };
    },
  },
  challenge(input, settings) {
    const codeType = input.options.codeType ?? settings.defaultCodeType;
    return {
      code: challengeCode(input, settings, 'sms', codeType),
      codeType,
      ...(input.options.template === undefined ? {} : { template: input.options.template }),
      expiresInSeconds: input.options.expirySeconds ?? settings.smsExpirySeconds,
    };
  },
  delivery(record) {
    const code = record.code ?? '';
    return { text: templateOf(record).replaceAll('{{CODE}}', code), code };
  },
  startAnswer(record, { links, secondsLeft }) {
    return {
      id: record.id,
      method: 'sms',
      sms: { template: templateOf(record), interceptionTimeout: secondsLeft, codeType: record.codeType },
      _links: [links.status, links.report],
    };
  },
  report: {
    field: 'code',
    isRight: (reported, record) => isSameCode(reported, record.code),
    wrongReason: 'Invalid code',
  },
  readRequestEventAnswer(details, record) {
    const answer = readCodeAnswer(details, 'sms', record.codeType);
    if (answer.action === 'invalid') return answer;
    if (details.expiry !== undefined) {
      const seconds = typeof details.expiry === 'string' ? parseDuration(details.expiry) : undefined;
      if (seconds === undefined) return { action: 'invalid', why: '`sms.expiry` is not "HH:MM:SS"' };
      answer.expirySeconds = seconds;
    }
    if (details.acceptLanguage !== undefined) {
      const languages = readLanguageList(details.acceptLanguage);
      if (!languages)
        return { action: 'invalid', why: '`sms.acceptLanguage` is not a list of language tags' };
      answer.acceptLanguage = languages;
    }
    return answer;
  },
} satisfies EmulatorMethod<'sms'>;

/** The request's template, else the language's own. */
function templateOf(record: VerificationRecord): string {
  return record.template ?? smsTemplateFor(record.language);
}
