export { Countdown, type CountdownProps } from './Countdown';
export { formatDuration } from './formatDuration';
export { formatMessage, type MessageValues } from './i18n/formatMessage';
export {
  directionOf,
  LocaleProvider,
  type LocaleProviderProps,
  type Localized,
  type MessageCatalogue,
  type Translations,
  useLocalized,
} from './i18n/LocaleProvider';
export { OtpInput, type OtpInputPart, type OtpInputProps } from './OtpInput/OtpInput';
export { PhoneInput, type PhoneInputPart, type PhoneInputProps } from './PhoneInput/PhoneInput';
export { phoneInputMessages } from './PhoneInput/phoneInputMessages';
