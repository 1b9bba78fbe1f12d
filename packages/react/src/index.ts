'use client';

export { useLatestCallback } from './useLatestCallback';
export {
  applyOtpEdit,
  cleanOtp,
  type OtpCharacters,
  type OtpFieldAria,
  type OtpSlot,
  type UseOtpFieldOptions,
  useOtpField,
} from './useOtpField';
export {
  type PhoneChangeDetails,
  type PhoneCountryOption,
  type PhoneFieldAria,
  type PhoneFieldProblem,
  type PhoneFieldValidation,
  type UsePhoneFieldOptions,
  usePhoneField,
} from './usePhoneField';
export {
  type PhoneEdit,
  type PhoneEditResult,
  type PhoneFieldState,
  type UsePhoneFieldStateOptions,
  usePhoneFieldState,
} from './usePhoneFieldState';
export {
  type UsePhoneVerificationOptions,
  type UsePhoneVerificationResult,
  usePhoneVerification,
} from './usePhoneVerification';
export {
  type ReportCodeVariables,
  type UseReportCodeOptions,
  type UseReportCodeResult,
  useReportCode,
} from './useReportCode';
export { useSecondsLeft } from './useSecondsLeft';
export {
  type StartVerificationVariables,
  type UseStartVerificationOptions,
  type UseStartVerificationResult,
  useStartVerification,
} from './useStartVerification';
export { type UseVerificationStatusOptions, useVerificationStatus } from './useVerificationStatus';
export { type UseWebOtpOptions, type UseWebOtpResult, useWebOtp } from './useWebOtp';
export {
  useVerificationContext,
  type VerificationContextValue,
  VerificationProvider,
  type VerificationProviderProps,
} from './VerificationProvider';
export { verificationKeys } from './verificationKeys';
