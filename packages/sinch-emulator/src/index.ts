export {
  createSinchEmulator,
  type EmulatorClock,
  type SinchEmulator,
  type SinchEmulatorOptions,
} from './createSinchEmulator';
export { EMULATOR_APPLICATION, type EmulatorApplication } from './emulatorApplication';
export {
  DENIED_REASONS,
  type DeliveryFailureFault,
  type DenyFault,
  FAULT_ROUTES,
  type FaultRoute,
  type FaultRule,
  type HttpErrorFault,
  type LatencyFault,
  parseFaultRule,
} from './faults/faultRule';
export { MAGIC_NUMBERS, type MagicNumber } from './faults/magicNumbers';
export { type CliFilterShape, cliFilterToRegExp, type FlashCallCliOptions } from './flashCallCli';
export type { CodeContext, CodeGenerator } from './generateCode';
export type { Delivery, Inbox } from './inbox';
export { createManualClock, type ManualClock } from './manualClock';
export { MESSAGE_LANGUAGES, type MessageLanguage } from './messageLanguage';
export { httpStatusOf, sinchErrorResponse } from './sinchErrorResponse';
