import { expectTypeOf, it } from 'vitest';
import { createSinchEmulator, type Delivery, type FaultRule, MAGIC_NUMBERS } from './index';

it('passes as a fetch anywhere one is expected', () => {
  const emulator = createSinchEmulator();
  expectTypeOf(emulator.fetch).toExtend<typeof fetch>();
  expectTypeOf(emulator.fetch).toExtend<(request: Request) => Promise<Response>>();
});

it('reads the emulator’s clock as milliseconds, and only moves it by milliseconds', () => {
  const { clock } = createSinchEmulator();
  expectTypeOf(clock.now()).toEqualTypeOf<number>();
  expectTypeOf(clock.isManual).toEqualTypeOf<boolean>();
  expectTypeOf(clock.advance).parameters.toEqualTypeOf<[ms: number]>();
  // @ts-expect-error -- a Date is not milliseconds
  clock.set(new Date());
});

it('types deliveries and fault rules as their wire shapes', () => {
  expectTypeOf<Delivery['method']>().toEqualTypeOf<
    'sms' | 'flashcall' | 'callout' | 'seamless' | 'whatsapp'
  >();
  expectTypeOf<{ match: '*'; fault: 'latency'; ms: 5 }>().toExtend<FaultRule>();
  // A latency rule without its delay is not a rule.
  expectTypeOf<{ match: '*'; fault: 'latency' }>().not.toExtend<FaultRule>();
  expectTypeOf(MAGIC_NUMBERS.denied).toEqualTypeOf<'+46700000102'>();
});
