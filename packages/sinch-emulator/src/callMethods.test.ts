import { parseCliFilter } from '@verikit/core';
import { describe, expect, it } from 'vitest';
import { NUMBER, START, setupEmulator } from './emulatorTestSetup.test-helper';
import { MAGIC_NUMBERS } from './faults/magicNumbers';
import { cliFilterToRegExp } from './flashCallCli';
import { ORIGIN } from './signedRequest.test-helper';

describe('flash call', () => {
  it('calls from a number matching the cliFilter, whose last 4 digits are unknown', async () => {
    const { start, emulator } = setupEmulator();
    const { status, body } = await start('flashCall');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      method: 'flashcall',
      flashCall: {
        cliFilter: expect.stringMatching(/^\+\d+\(\\d\{4\}\)$/),
        interceptionTimeout: 45,
        reportTimeout: 75,
        denyCallAfter: 0,
      },
    });
    const delivery = emulator.inbox.latest(NUMBER);
    const cli = delivery?.cli ?? '';
    expect(delivery).toMatchObject({ method: 'flashcall', text: `Missed call from ${cli}` });
    expect(cli).toMatch(/^\+\d{11}$/);
    const filter = (body.flashCall as { cliFilter: string }).cliFilter;
    expect(filter.startsWith(cli.slice(0, -4))).toBe(true);
    expect(cliFilterToRegExp(filter)?.test(cli)).toBe(true);
  });

  it('answers Sinch’s (.*)5312(.*) filter shape for the magic number, and the CLI matches it', async () => {
    const { start, emulator } = setupEmulator();
    const { body } = await start('flashcall', {}, MAGIC_NUMBERS.flashCallInfixFilter);
    const filter = (body.flashCall as { cliFilter: string }).cliFilter;
    expect(filter).toMatch(/^\(\.\*\)\d{4}\(\.\*\)$/);
    expect(
      cliFilterToRegExp(filter)?.test(emulator.inbox.latest(MAGIC_NUMBERS.flashCallInfixFilter)?.cli ?? ''),
    ).toBe(true);
  });

  it('gives filters the kit’s client reads: the missed call’s unknown digits complete the caller number', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { start, emulator } = setupEmulator({ seed });
      const { body } = await start('flashCall');
      const cli = emulator.inbox.latest(NUMBER)?.cli ?? '';
      const challenge = parseCliFilter((body.flashCall as { cliFilter: string }).cliFilter);
      if (challenge.kind !== 'digits') throw new Error(`expected digits to type, got ${challenge.kind}`);
      expect(challenge.unknownDigits).toBe(4);
      // What the person types: the digits the filter leaves unknown, read off the missed call.
      const typed = cli.slice(challenge.prefix.length, cli.length - challenge.suffix.length);
      expect(typed).toMatch(/^\d{4}$/);
      expect(`${challenge.prefix}${typed}${challenge.suffix}`).toBe(cli);
    }
    const infix = setupEmulator();
    const { body } = await infix.start('flashCall', {}, MAGIC_NUMBERS.flashCallInfixFilter);
    const challenge = parseCliFilter((body.flashCall as { cliFilter: string }).cliFilter);
    expect(challenge).toMatchObject({ kind: 'wholeNumber', hint: expect.stringMatching(/^\d{4}$/) });
    const cli = infix.emulator.inbox.latest(MAGIC_NUMBERS.flashCallInfixFilter)?.cli ?? '';
    expect(cli).toContain(challenge.kind === 'wholeNumber' ? challenge.hint : 'not a hint');
  });

  it('takes the infix shape, a CLI pool and the unknown digit count as options', async () => {
    const infix = setupEmulator({ flashCall: { filterShape: 'infix' } });
    expect(((await infix.start('flashCall')).body.flashCall as { cliFilter: string }).cliFilter).toMatch(
      /^\(\.\*\)\d{4}\(\.\*\)$/,
    );
    const pooled = setupEmulator({ flashCall: { cliPool: ['+4930555'], unknownDigits: 3 } });
    const { body } = await pooled.start('flashCall');
    expect((body.flashCall as { cliFilter: string }).cliFilter).toBe('+4930555(\\d{3})');
    expect(pooled.emulator.inbox.latest(NUMBER)?.cli).toMatch(/^\+4930555\d{3}$/);
  });

  it('verifies the full CLI (in any spelling of the method and its key) and answers callComplete', async () => {
    const { start, report, emulator, statusOf } = setupEmulator();
    const { body } = await start('flashcall');
    const cli = emulator.inbox.latest(NUMBER)?.cli ?? '';
    const answer = await report(String(body.id), { method: 'flashCall', flashcall: { cli } });
    expect(answer.body).toEqual({
      id: body.id,
      method: 'flashcall',
      status: 'SUCCESSFUL',
      callComplete: true,
    });
    expect((await statusOf(String(body.id))).body).toMatchObject({
      status: 'SUCCESSFUL',
      callComplete: true,
      callResult: 'ANSWERED',
      price: { verificationPrice: { currencyId: 'EUR', amount: 0.02 } },
    });
  });

  it('answers a start in any spelling of flashCall as flashcall, and finds it by identity in any spelling', async () => {
    const { start, call } = setupEmulator();
    const { body } = await start('FLASHCALL');
    expect(body.method).toBe('flashcall');
    for (const segment of ['flashcall', 'flashCall', 'FlashCall'])
      expect((await call(`${START}/${segment}/number/${NUMBER}`)).body).toMatchObject({
        id: body.id,
        method: 'flashcall',
      });
  });

  it('answers FAIL / Invalid CLI for a wrong caller number', async () => {
    const { start, report } = setupEmulator();
    const { body } = await start('flashCall');
    const answer = await report(String(body.id), { method: 'flashcall', flashCall: { cli: '+46100000000' } });
    expect(answer.body).toEqual({
      id: body.id,
      method: 'flashcall',
      status: 'FAIL',
      reason: 'Invalid CLI',
      callComplete: true,
    });
  });

  it('closes as FAIL / Invalid CLI after the last allowed wrong caller number', async () => {
    const { start, report, statusOf, emulator } = setupEmulator({ maxAttempts: 2 });
    const { body } = await start('flashCall');
    const wrong = { method: 'flashcall', flashCall: { cli: '+46100000000' } };
    await report(String(body.id), wrong);
    expect((await statusOf(String(body.id))).body.status).toBe('PENDING');
    await report(String(body.id), wrong);
    expect((await statusOf(String(body.id))).body).toMatchObject({
      status: 'FAIL',
      reason: 'Invalid CLI',
      callComplete: true,
    });
    const right = { method: 'flashcall', flashCall: { cli: emulator.inbox.latest(NUMBER)?.cli } };
    expect((await report(String(body.id), right)).body).toMatchObject({
      status: 'FAIL',
      reason: 'Invalid CLI',
    });
  });

  it('accepts reports until reportTimeout, then expires', async () => {
    const { start, report, clock, emulator } = setupEmulator();
    const { body } = await start('flashCall', { flashCallOptions: { interceptionTimeout: 20 } });
    expect(body.flashCall).toMatchObject({ interceptionTimeout: 20, reportTimeout: 50 });
    clock.advance(50_000);
    const answer = await report(String(body.id), {
      method: 'flashcall',
      flashCall: { cli: emulator.inbox.latest(NUMBER)?.cli },
    });
    expect(answer.body).toMatchObject({ status: 'FAIL', reason: 'Expired' });
  });

  it('refuses an sms report on a flash call verification', async () => {
    const { start, report } = setupEmulator();
    const { body } = await start('flashCall');
    const answer = await report(String(body.id), { method: 'sms', sms: { code: '1234' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errorCode: 40003 });
  });
});

describe('callout', () => {
  it('rings and speaks the code in the requested locale, then verifies it', async () => {
    const { start, report, emulator } = setupEmulator();
    const { body } = await start('callout', { calloutOptions: { speech: { locale: 'fr-FR' } } });
    expect(body).toEqual({ id: body.id, method: 'callout', _links: expect.any(Array) });
    const delivery = emulator.inbox.latest(NUMBER);
    const code = delivery?.code ?? '';
    expect(delivery?.text).toBe(`Votre code de vérification est ${[...code].join(', ')}.`);
    const answer = await report(String(body.id), { method: 'callout', callout: { code } });
    expect(answer.body).toEqual({ id: body.id, method: 'callout', status: 'SUCCESSFUL', callComplete: true });
  });

  it('speaks in the language of Accept-Language when the request names no locale', async () => {
    const { call, emulator } = setupEmulator();
    await call(START, {
      body: { identity: { type: 'number', endpoint: NUMBER }, method: 'callout' },
      headers: { 'accept-language': 'de-CH, en;q=0.5' },
    });
    expect(emulator.inbox.latest(NUMBER)?.text).toMatch(/^Ihr Bestätigungscode lautet \d, \d, \d, \d\.$/);
  });

  it('expires the spoken code after calloutExpirySeconds', async () => {
    const { start, report, statusOf, clock, emulator } = setupEmulator({ calloutExpirySeconds: 120 });
    const { body } = await start('callout');
    clock.advance(119_999);
    expect((await statusOf(String(body.id))).body.status).toBe('PENDING');
    clock.advance(1);
    const code = emulator.inbox.latest(NUMBER)?.code;
    expect((await report(String(body.id), { method: 'callout', callout: { code } })).body).toMatchObject({
      status: 'FAIL',
      reason: 'Expired',
    });
  });
});

describe('seamless', () => {
  it('completes when the device fetches targetUri, following the redirect', async () => {
    const { start, emulator, statusOf } = setupEmulator();
    const { body } = await start('seamless');
    const targetUri = (body.seamless as { targetUri: string }).targetUri;
    expect(targetUri).toMatch(/^http:\/\/127\.0\.0\.1:8787\/emulator\/seamless\/[0-9a-f]{32}$/);
    expect(body._links).toEqual([{ rel: 'status', href: expect.any(String), method: 'GET' }]);

    expect(emulator.inbox.latest(NUMBER)).toMatchObject({
      method: 'seamless',
      verificationId: body.id,
      text: `Data session opens ${targetUri}`,
    });
    const hop = await emulator.fetch(new Request(targetUri.replace('http://127.0.0.1:8787', ORIGIN)));
    expect(hop.status).toBe(302);
    const final = await emulator.fetch(new Request(String(hop.headers.get('location'))));
    expect(await final.json()).toEqual({ id: body.id, method: 'seamless', status: 'SUCCESSFUL' });
    expect((await statusOf(String(body.id))).body).toMatchObject({
      status: 'SUCCESSFUL',
      source: 'intercepted',
    });
  });

  it('answers an expired link with the expiry, and completes nothing', async () => {
    const { start, emulator, statusOf, clock } = setupEmulator({ calloutExpirySeconds: 60 });
    const { body } = await start('seamless');
    clock.advance(60_000);
    const targetUri = (body.seamless as { targetUri: string }).targetUri.replace(
      'http://127.0.0.1:8787',
      ORIGIN,
    );
    const final = await emulator.fetch(new Request(`${targetUri}/result`));
    expect(await final.json()).toEqual({
      id: body.id,
      method: 'seamless',
      status: 'FAIL',
      reason: 'Expired',
    });
    expect((await statusOf(String(body.id))).body).toMatchObject({ status: 'FAIL', reason: 'Expired' });
  });

  it('takes no report and answers an unknown link with 404', async () => {
    const { start, report, emulator } = setupEmulator();
    const { body } = await start('seamless');
    expect((await report(String(body.id), { method: 'seamless' })).body).toMatchObject({ errorCode: 40003 });
    const unknown = await emulator.fetch(new Request(`${ORIGIN}/emulator/seamless/0000`));
    expect(unknown.status).toBe(404);
  });

  it('serves _links and targetUri from its baseUrl, and the routes under its path', async () => {
    const { emulator, call } = setupEmulator({ baseUrl: 'https://app.example/sinch/' });
    void emulator;
    const { body } = await call(`/sinch${START}`, {
      body: { identity: { type: 'number', endpoint: NUMBER }, method: 'seamless' },
    });
    expect((body.seamless as { targetUri: string }).targetUri).toMatch(
      /^https:\/\/app\.example\/sinch\/emulator\/seamless\//,
    );
    expect((await call(`/sinch${START}/id/${body.id}`)).body.status).toBe('PENDING');
    expect((await call(`${START}/id/${body.id}`)).body.status).toBe('PENDING');
  });
});
