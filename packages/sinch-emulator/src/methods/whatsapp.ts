import { smsTemplateFor } from '../messageLanguage';
import { isPlainObject, problem } from '../requestProblem';
import { challengeCode, isSameCode, parseCodeType, readCodeAnswer, readLanguageList } from './codeChallenge';
import type { EmulatorMethod, MethodStartOptions } from './emulatorMethod';

/**
 * A code in a WhatsApp message: the SMS wording in the language `Accept-Language` asks for (Sinch's WhatsApp
 * template is its own; the words are the emulator's), valid as long as an SMS code, reported like one.
 */
export const whatsapp = {
  wire: 'whatsapp',
  name: 'whatsapp',
  label: 'WhatsApp message',
  price: { verificationPrice: { currencyId: 'EUR', amount: 0.03 } },
  isCall: false,
  deliveryFailureReason: 'Network error or number unreachable',
  reportsSmsDelivery: false,
  answersContentLanguage: true,
  startOptions: {
    key: 'whatsappOptions',
    parse(value) {
      if (!isPlainObject(value)) return problem(40001, 'Parameter whatsappOptions must be an object.');
      const options: MethodStartOptions = {};
      if (value.codeType !== undefined) {
        const checked = parseCodeType(value.codeType, 'whatsappOptions.codeType');
        if (!checked.ok) return checked;
        options.codeType = checked.value;
      }
      return { ok: true, value: options };
    },
  },
  challenge(input, settings) {
    const codeType = input.options.codeType ?? settings.defaultCodeType;
    return {
      code: challengeCode(input, settings, 'whatsapp', codeType),
      codeType,
      expiresInSeconds: settings.smsExpirySeconds,
    };
  },
  delivery(record) {
    const code = record.code ?? '';
    return { text: smsTemplateFor(record.language).replaceAll('{{CODE}}', code), code };
  },
  startAnswer(record, { links }) {
    return {
      id: record.id,
      method: 'whatsapp',
      whatsapp: { codeType: record.codeType },
      _links: [links.status, links.report],
    };
  },
  report: {
    field: 'code',
    isRight: (reported, record) => isSameCode(reported, record.code),
    wrongReason: 'Invalid code',
  },
  // Sinch's WhatsApp answer sets the code type and the message's languages; it chooses no code (Node SDK 1.4.0
  // `WhatsAppProperties`), so a `code` in it is not read.
  readRequestEventAnswer(details, record) {
    const answer = readCodeAnswer({ codeType: details.codeType }, 'whatsapp', record.codeType);
    if (answer.action === 'invalid' || details.acceptLanguage === undefined) return answer;
    const languages = readLanguageList(details.acceptLanguage);
    if (!languages)
      return { action: 'invalid', why: '`whatsapp.acceptLanguage` is not a list of language tags' };
    return { ...answer, acceptLanguage: languages };
  },
} satisfies EmulatorMethod<'whatsapp'>;
