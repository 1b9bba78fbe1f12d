import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const NUMBER = '+46701230001';

describe('signing up with a number verified by SMS (drop-in)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.newPage();
    await page.goto(harness.baseUrl);
  });

  it('shows the signup page with no accessibility violations', async () => {
    await page.getByRole('heading', { name: 'Create your account', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
    // The test phone is live (connected to the emulator's inbox) and has nothing for this number yet. Other specs share
    // the emulator, so the inbox as a whole may hold their deliveries.
    const panel = page.getByRole('complementary', { name: 'Test phone' });
    await panel.getByText('Dev only. What the embedded Sinch emulator delivered, newest first.').waitFor();
    expect(await panel.getByRole('article', { name: `SMS to ${NUMBER}` }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses to create the account before the phone is verified', async () => {
    await page.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
    await page.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Verify your phone number first.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('texts a code that the emulator inbox and the phone panel both show', async () => {
    await page.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    const sms = await harness.nextDelivery(NUMBER);
    expect(sms.method).toBe('sms');
    expect(sms.code).toMatch(/^\d{4}$/);
    const panel = page.getByRole('complementary', { name: 'Test phone' });
    await panel
      .getByRole('article', { name: `SMS to ${NUMBER}` })
      .getByText(sms.text)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('verifies the number when the code is typed', async () => {
    const [sms] = await harness.inbox(NUMBER);
    await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(sms?.code ?? '');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    // The number as people read it, not E.164.
    expect(await page.getByText('+46 70 123 00 01 is verified.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates the account: the backend accepts the proof', async () => {
    await page.getByRole('button', { name: 'Create account' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Account created' });
    await status.waitFor();
    expect(await status.textContent()).toBe(`Account created for ${NUMBER}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('accepts each proof once: submitting again is refused in words', async () => {
    await page.getByRole('button', { name: 'Create account' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('This phone verification was already used. Verify again.');
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('the signup route', () => {
  it('refuses a forged proof', async () => {
    const response = await fetch(`${harness.baseUrl}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Mallory',
        email: 'mallory@example.com',
        proof: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIrNDY3MDAwMDAwMDAifQ.c2lnbmF0dXJl',
        phoneNumber: '+46700000000',
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: 'invalid_proof',
      message: 'Your phone verification could not be checked. Verify your number again.',
    });
  });

  it('takes a real proof only for the number the form holds, and only once', async () => {
    const number = '+46701230009';
    const api = `${harness.baseUrl}/api/verification/verifications`;
    const json = { 'content-type': 'application/json' };
    const started = (await (
      await fetch(api, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ identity: { type: 'number', endpoint: number }, method: 'sms' }),
      })
    ).json()) as { id: string };
    const sms = await harness.nextDelivery(number);
    const { proof } = (await (
      await fetch(`${api}/id/${started.id}`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ method: 'sms', sms: { code: sms.code } }),
      })
    ).json()) as { proof: string };
    const signup = (phoneNumber: string) =>
      fetch(`${harness.baseUrl}/api/signup`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ name: 'Eve', email: 'eve@example.com', proof, phoneNumber }),
      });
    const elsewhere = await signup('+46701230008');
    expect(elsewhere.status).toBe(401);
    expect(((await elsewhere.json()) as { message: string }).message).toBe(
      'This phone verification was for another number. Verify your number.',
    );
    expect((await signup(number)).status).toBe(201);
    expect((await signup(number)).status).toBe(409);
  });

  it('answers a body that is not JSON with a 400, never a 500', async () => {
    const response = await fetch(`${harness.baseUrl}/api/signup`, { method: 'POST', body: '{nope' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
  });
});
