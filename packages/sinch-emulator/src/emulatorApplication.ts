/** An application the emulator accepts: a key and its secret, base64 as Sinch's dashboard shows it. */
export interface EmulatorApplication {
  key: string;
  /** Base64, as Sinch's dashboard shows it. */
  secret: string;
}

/**
 * The application the emulator accepts by default. Deliberately public and obviously not a secret: it only ever
 * opens the emulator. The secret is base64 of `verikit-emulator-secret`.
 */
export const EMULATOR_APPLICATION: Readonly<EmulatorApplication> = Object.freeze({
  key: 'verikit-emulator-key',
  secret: 'dmVyaWtpdC1lbXVsYXRvci1zZWNyZXQ=',
});
