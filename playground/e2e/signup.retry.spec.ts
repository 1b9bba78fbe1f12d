import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a wrong code, then the right one', () => {
  it('says the code is wrong, keeps the step, and verifies with the right code', async () => {
    const number = '+46701230201';
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('textbox', { name: 'Phone number' }).fill(number);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    const sms = await harness.nextDelivery(number);
    const code = sms.code ?? '';
    const wrong = code === '0000' ? '1111' : '0000';

    const field = page.getByRole('textbox', { name: 'Verification code' });
    await field.pressSequentially(wrong);
    await page.getByText('That code is not right. Check it and try again.').first().waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('heading', { name: 'Phone number verified' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await field.fill('');
    await field.pressSequentially(code);
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('resending after the cooldown', () => {
  it('counts down, then sends a new code that verifies', async () => {
    const number = '+46701230202';
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('textbox', { name: 'Phone number' }).fill(number);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    const first = await harness.nextDelivery(number);

    const waiting = page.getByRole('button', { name: /^Send a new code in 0:0[1-8]$/ });
    await waiting.waitFor();
    expect(await waiting.isDisabled()).toBe(true);

    // The cooldown ends by itself; the button then says so and works.
    const resend = page.getByRole('button', { name: 'Send a new code', exact: true });
    await resend.waitFor({ timeout: (inject('resendCooldownSeconds') + 20) * 1000 });
    expect(await resend.isEnabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await resend.click();
    const second = await harness.nextDelivery(number, new Set([first.id]));
    expect(second.verificationId).not.toBe(first.verificationId);

    await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(second.code ?? '');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});
