import type { VerificationMethodWire } from '@verikit/core';
import { callout } from './callout';
import type { EmulatorMethod } from './emulatorMethod';
import { flashCall } from './flashCall';
import { seamless } from './seamless';
import { sms } from './sms';
import { whatsapp } from './whatsapp';

/** Every method the emulator plays, by the spelling Sinch answers with. A new method: its file, and a line here. */
export const EMULATOR_METHODS = {
  sms,
  flashcall: flashCall,
  callout,
  seamless,
  whatsapp,
} as const satisfies { [M in VerificationMethodWire]: EmulatorMethod<M> };

/** The method a request names, in any spelling and case (`flashCall`, `FLASHCALL`); `undefined` for unknown ones. */
export function emulatorMethodOf(name: string): EmulatorMethod | undefined {
  const wire = name.toLowerCase();
  return Object.hasOwn(EMULATOR_METHODS, wire) ? EMULATOR_METHODS[wire as VerificationMethodWire] : undefined;
}

/** Every method, in the registry's order. */
export const ALL_METHODS: readonly EmulatorMethod[] = Object.values(EMULATOR_METHODS);

/** The methods as Sinch documents them, for messages: `sms, flashCall, callout, seamless, whatsapp`. */
export const METHOD_NAMES: readonly string[] = ALL_METHODS.map((method) => method.name);

export function methodOf(wire: VerificationMethodWire): EmulatorMethod {
  return EMULATOR_METHODS[wire];
}
