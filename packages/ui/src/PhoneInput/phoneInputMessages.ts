import type { Translations } from '../i18n/LocaleProvider';

/**
 * PhoneInput's English strings. Other languages come with the locale packs (`@verikit/ui/locales/de`, `/ar`), so a
 * page pays only for the languages it ships (German and Arabic here weighed 0.75 kB min+gz); override any key with
 * `<LocaleProvider messages>`.
 */
export const phoneInputMessages: Translations = {
  en: {
    'phoneInput.label': 'Phone number',
    'phoneInput.countryButton': 'Country: {country} +{callingCode}',
    'phoneInput.countryButtonEmpty': 'Choose a country',
    'phoneInput.search': 'Search countries',
    'phoneInput.searchPlaceholder': 'Name or dial code',
    'phoneInput.countries': 'Countries',
    'phoneInput.noResults': 'No country matches “{query}”',
    'phoneInput.error.required': 'Enter your phone number.',
    'phoneInput.error.too-short': 'This number is too short.',
    'phoneInput.error.too-long': 'This number is too long.',
    'phoneInput.error.invalid-length': 'This number has the wrong number of digits.',
    'phoneInput.error.invalid-country-code': 'This country code does not exist.',
    'phoneInput.error.no-country': 'Choose a country, or start the number with +.',
    'phoneInput.error.country-not-allowed': 'Numbers from {country} cannot be used here.',
    'phoneInput.error.country-not-allowed-unknown': 'This number cannot be used here.',
    'phoneInput.error.unavailable':
      'We could not check this number. Check your connection, then edit the number to try again.',
    'phoneInput.hint.not-valid': 'Please check this number: it does not look like a number from {country}.',
    'phoneInput.hint.not-valid-unknown': 'Please check this number: it does not look like a valid number.',
  },
};
