/**
 * `@verikit/core/phone`: phone numbers on libphonenumber-js with metadata loaded per calling code on demand.
 * Framework-free; `@verikit/react`'s `usePhoneField` and `@verikit/ui`'s `PhoneInput` are built on it.
 */
export {
  applyPhoneEdit,
  caretAfterSignificant,
  type PhoneEdit,
  type PhoneEditResult,
} from './applyPhoneEdit';
export { countryName, flagEmoji } from './countryDisplay';
export { defaultPhoneCountry } from './defaultPhoneCountry';
export { type CountryOption, filterCountries, foldForSearch } from './filterCountries';
export { phoneMetadataSource } from './metadata/callingCodes';
export {
  type CountryCode,
  callingCodeOf,
  countriesOfCallingCode,
  isPhoneCountry,
  leadingCallingCode,
  type PhoneCountry,
  phoneCountries,
} from './phoneCountries';
export {
  getPhoneEngine,
  getPhoneMetadata,
  hasPhoneMetadata,
  loadPhoneMetadata,
  type PhoneEngine,
  registerPhoneMetadata,
  subscribePhoneMetadata,
} from './phoneMetadata';
export type { PhoneMetadataGroup } from './phoneMetadataGroup';
export {
  type PhoneNumberStatus,
  type PhoneReading,
  type PhoneText,
  phoneTextFromE164,
  readPhoneText,
  significantCharacters,
} from './readPhoneText';
