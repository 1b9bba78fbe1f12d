import { expectTypeOf, it } from 'vitest';
import { createSinchEmulator, type Delivery, type FaultRule, MAGIC_NUMBERS } from './index';

it('passes as a fetch anywhere one is expected', () => {
  const emulator = createSinchEmulator();
  expectTypeOf(emulator.fetch).toExtend<typeof fetch>();
  expectTypeOf(emulator.fetch).toExtend<(request: Request) => Promise<Response>>();
});

it('types deliveries and fault rules as their wire shapes', () => {
  expectTypeOf<Delivery['method']>().toEqualTypeOf<'sms' | 'flashcall' | 'callout' | 'seamless'>();
  expectTypeOf<{ match: '*'; fault: 'latency'; ms: 5 }>().toExtend<FaultRule>();
  // A latency rule without its delay is not a rule.
  expectTypeOf<{ match: '*'; fault: 'latency' }>().not.toExtend<FaultRule>();
  expectTypeOf(MAGIC_NUMBERS.denied).toEqualTypeOf<'+46700000102'>();
});
