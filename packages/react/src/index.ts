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
