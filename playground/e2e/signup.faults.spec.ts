import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a message the emulator cannot deliver', () => {
  it('says so in words, moves to a missed call by itself, and verifies that way', async () => {
    const number = '+46701230301';
    // The next message to this number is accepted, then never arrives.
    await harness.addFaults([{ match: number, fault: 'deliveryFailure', times: 1 }]);
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('textbox', { name: 'Phone number' }).fill(number);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();

    // A status poll finds the failure: the page moves to a missed call by itself (the proxy's resend cooldown holds
    // back only the same method) and says why.
    await page.getByRole('heading', { name: 'We are calling you — don’t answer' }).waitFor();
    await page
      .getByText('We could not deliver the message. Try another way. So we switched to a missed call.')
      .first()
      .waitFor();
    // The message never arrived; the call is the only delivery.
    expect((await harness.inbox(number)).map((delivery) => delivery.method)).toEqual(['flashcall']);
    expect(await axeViolations(page)).toEqual([]);

    const call = await harness.nextDelivery(number);
    expect(call.method).toBe('flashcall');
    const label = (await page.locator('label', { hasText: 'missing digits' }).textContent()) ?? '';
    const missing = Number(/The (\d+) missing digits/.exec(label)?.[1]);
    await page
      .getByRole('textbox', { name: /missing digits of the number that called you/ })
      .pressSequentially((call.cli ?? '').slice(-missing));
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('Sinch limiting the number (HTTP 429)', () => {
  it('says to try again with a live countdown, then sends the code once the wait is over', async () => {
    const number = '+46701230302';
    await harness.addFaults([
      { match: number, on: ['start'], fault: 'httpError', status: 429, retryAfterSeconds: 5, times: 1 },
    ]);
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('textbox', { name: 'Phone number' }).fill(number);
    await page.getByRole('button', { name: 'Text me a code' }).click();

    await page
      .getByText(/^Too many attempts\. Try again in 0:0\d\.$/)
      .first()
      .waitFor();
    expect(await harness.inbox(number)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Once the wait is over the page says so, and the same button sends the code.
    await page.getByText('Too many attempts. Try again later.').first().waitFor();
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    const sms = await harness.nextDelivery(number);
    await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(sms.code ?? '');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});
