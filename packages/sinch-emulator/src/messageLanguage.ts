/** The words a phone receives, per language, keyed by the language tag answered in `Content-Language`. */
interface LanguageMessages {
  /** SMS template, with `{{CODE}}` where the code goes. */
  sms: string;
  /** What the callout voice says, `{{CODE}}` spoken digit by digit. */
  speech: string;
}

export const MESSAGE_LANGUAGES = {
  'en-US': { sms: 'Your verification code is {{CODE}}.', speech: 'Your verification code is {{CODE}}.' },
  'sv-SE': { sms: 'Din verifieringskod är {{CODE}}.', speech: 'Din verifieringskod är {{CODE}}.' },
  'de-DE': { sms: 'Ihr Bestätigungscode lautet {{CODE}}.', speech: 'Ihr Bestätigungscode lautet {{CODE}}.' },
  'fr-FR': {
    sms: 'Votre code de vérification est {{CODE}}.',
    speech: 'Votre code de vérification est {{CODE}}.',
  },
  'es-ES': {
    sms: 'Tu código de verificación es {{CODE}}.',
    speech: 'Tu código de verificación es {{CODE}}.',
  },
  'it-IT': { sms: 'Il tuo codice di verifica è {{CODE}}.', speech: 'Il tuo codice di verifica è {{CODE}}.' },
  'pt-BR': { sms: 'Seu código de verificação é {{CODE}}.', speech: 'Seu código de verificação é {{CODE}}.' },
  'nl-NL': { sms: 'Je verificatiecode is {{CODE}}.', speech: 'Je verificatiecode is {{CODE}}.' },
  'ar-SA': { sms: 'رمز التحقق الخاص بك هو {{CODE}}.', speech: 'رمز التحقق الخاص بك هو {{CODE}}.' },
} as const satisfies Record<string, LanguageMessages>;

export type MessageLanguage = keyof typeof MESSAGE_LANGUAGES;

export const DEFAULT_MESSAGE_LANGUAGE: MessageLanguage = 'en-US';

const languages = Object.keys(MESSAGE_LANGUAGES) as MessageLanguage[];

/** The language tags of an `Accept-Language` header, most wanted first (q-weights honoured, `q=0` dropped). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: { tag: string; quality: number; order: number }[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...parameters] = part.trim().split(';');
    const tag = rawTag?.trim();
    if (!tag || !/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(tag)) return;
    let quality = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(parameter);
      if (match?.[1] !== undefined) quality = Number(match[1]);
    }
    if (Number.isFinite(quality) && quality > 0) entries.push({ tag, quality, order });
  });
  entries.sort((a, b) => b.quality - a.quality || a.order - b.order);
  return entries.map((entry) => entry.tag);
}

/** The first wanted tag the emulator has words for: exact tag first, then the primary language. */
export function pickLanguage(wanted: readonly string[]): MessageLanguage {
  for (const tag of wanted) {
    const exact = languages.find((language) => language.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const primary = tag.split('-')[0]?.toLowerCase();
    const sameLanguage = languages.find((language) => language.split('-')[0] === primary);
    if (sameLanguage) return sameLanguage;
  }
  return DEFAULT_MESSAGE_LANGUAGE;
}

export function smsTemplateFor(language: MessageLanguage): string {
  return MESSAGE_LANGUAGES[language].sms;
}

/** The callout's words, the code read out character by character ("1, 2, 3, 4"). */
export function speechFor(language: MessageLanguage, code: string): string {
  return MESSAGE_LANGUAGES[language].speech.replace('{{CODE}}', [...code].join(', '));
}
