import { describe, expect, it } from 'vitest';
import { setupEmulator } from '../emulatorTestSetup.test-helper';
import { ALL_METHODS, EMULATOR_METHODS, emulatorMethodOf } from './emulatorMethods';

describe('the method registry', () => {
  it('finds a method by any spelling and case, and nothing else', () => {
    expect(emulatorMethodOf('flashCall')).toBe(EMULATOR_METHODS.flashcall);
    expect(emulatorMethodOf('FLASHCALL')).toBe(EMULATOR_METHODS.flashcall);
    expect(emulatorMethodOf('Sms')).toBe(EMULATOR_METHODS.sms);
    // Keys every object has are not methods.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', ''])
      expect(emulatorMethodOf(name)).toBeUndefined();
  });

  it.each(ALL_METHODS.map((method) => [method.name, method] as const))(
    'plays %s end to end over the API: start, an inbox entry, the right answer verifies',
    async (name, method) => {
      const { start, report, statusOf, emulator } = setupEmulator();
      const started = await start(name);
      expect(started.status).toBe(200);
      expect(started.body.method).toBe(method.wire);
      const delivery = emulator.inbox.latest('+46700000000');
      expect(delivery).toMatchObject({ verificationId: started.body.id, method: method.wire });
      expect(delivery?.text).not.toBe('');
      if ('none' in method.report) {
        const link = String((started.body[method.wire] as { targetUri: string }).targetUri);
        const device = await emulator.fetch(new Request(`${link}/result`));
        expect(await device.json()).toMatchObject({ status: 'SUCCESSFUL' });
      } else {
        const detail = { [method.report.field]: delivery?.code ?? delivery?.cli };
        const answer = await report(String(started.body.id), { method: name, [name]: detail });
        expect(answer.body).toMatchObject({ method: method.wire, status: 'SUCCESSFUL' });
      }
      const status = await statusOf(String(started.body.id));
      expect(status.body).toMatchObject({ status: 'SUCCESSFUL', price: method.price });
    },
  );
});
