'use client';

export { formatMessage, type MessageValues } from '@verikit/core';
export { CalloutWaiting, type CalloutWaitingProps } from './CalloutWaiting';
export type { CodeMethod, CodeWaitingProps } from './CodeWaiting';
export { Countdown, type CountdownProps } from './Countdown';
export { FlashcallWaiting, type FlashcallWaitingProps } from './FlashcallWaiting';
export { formatDuration } from './formatDuration';
export type { FormFieldEvent, FormFieldEventHandler } from './formFieldEvent';
export { errorMessages } from './i18n/errorMessages';
export { flowMessages } from './i18n/flowMessages';
export {
  directionOf,
  LocaleProvider,
  type LocaleProviderProps,
  type Localized,
  type MessageCatalogue,
  type Translations,
  useLocalized,
} from './i18n/LocaleProvider';
export {
  type ComponentMessageKey,
  type LocaleErrorMessages,
  type LocaleMessages,
  localePack,
} from './i18n/localePack';
export {
  OtpInput,
  type OtpInputComponent,
  type OtpInputFormFieldProps,
  type OtpInputPart,
  type OtpInputProps,
} from './OtpInput/OtpInput';
export { otpInputMessages } from './OtpInput/otpInputMessages';
export {
  PhoneInput,
  type PhoneInputComponent,
  type PhoneInputFormFieldProps,
  type PhoneInputPart,
  type PhoneInputProps,
} from './PhoneInput/PhoneInput';
export { phoneInputMessages } from './PhoneInput/phoneInputMessages';
export type { BotCheckSlotProps } from './PhoneVerification/BotCheckStep';
export { PhoneVerification, type PhoneVerificationProps } from './PhoneVerification/PhoneVerification';
export { phoneVerificationMessages } from './PhoneVerification/phoneVerificationMessages';
export { SeamlessWaiting, type SeamlessWaitingProps } from './SeamlessWaiting';
export { SmsWaiting, type SmsWaitingProps } from './SmsWaiting';
export type { StepCommonProps, StepPart } from './StepFrame';
export { WhatsAppWaiting, type WhatsAppWaitingProps } from './WhatsAppWaiting';
