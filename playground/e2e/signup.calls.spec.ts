import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('verifying by a missed call (flashCall)', () => {
  it('asks for the missing digits of the caller number and verifies them', async () => {
    const number = '+46701230101';
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('textbox', { name: 'Phone number' }).fill(number);
    await page.getByRole('radio', { name: 'Missed call' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Call me' }).click();

    await page.getByRole('heading', { name: 'We are calling you — don’t answer' }).waitFor();
    const call = await harness.nextDelivery(number);
    expect(call.method).toBe('flashcall');
    const cli = call.cli ?? '';
    const field = page.getByRole('textbox', { name: /missing digits of the number that called you/ });
    const label =
      (await field.getAttribute('aria-label')) ??
      (await page.locator('label', { hasText: 'missing digits' }).textContent()) ??
      '';
    const missing = Number(/The (\d+) missing digits/.exec(label)?.[1]);
    expect(missing).toBeGreaterThan(0);
    // The known part is shown, the rest is what the person types.
    await page.getByText(`looks like ${cli.slice(0, -missing)}`).waitFor();
    await page
      .getByRole('complementary', { name: 'Test phone' })
      .getByText(`Missed call from ${cli}`)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await field.pressSequentially(cli.slice(-missing));
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Name' }).fill('Grace Hopper');
    await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Account created for ${number}`).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('verifying by a voice call (callout)', () => {
  it('takes the code the voice reads out', async () => {
    const number = '+46701230102';
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('textbox', { name: 'Phone number' }).fill(number);
    await page.getByRole('radio', { name: 'Voice call' }).check();
    await page.getByRole('button', { name: 'Call me' }).click();

    await page.getByRole('heading', { name: 'We are calling you — listen for the code' }).waitFor();
    const call = await harness.nextDelivery(number);
    expect(call.method).toBe('callout');
    const code = call.code ?? '';
    // The panel shows the spoken words, digit by digit, as the person would hear them.
    await page
      .getByRole('complementary', { name: 'Test phone' })
      .getByRole('article', { name: `Voice call to ${number}` })
      .getByText(call.text)
      .waitFor();
    expect(call.text).toContain(code.split('').join(', '));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(code);
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Name' }).fill('Alan Turing');
    await page.getByRole('textbox', { name: 'Email' }).fill('alan@example.com');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Account created for ${number}`).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});
