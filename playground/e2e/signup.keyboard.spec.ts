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

/** Presses Tab until the focused element has this accessible role and name (never more than `limit` presses). */
async function tabTo(page: Page, role: string, name: string, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return undefined;
      const labelledBy = element.getAttribute('aria-labelledby');
      const name =
        element.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : undefined) ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent;
      return { tag: element.tagName.toLowerCase(), type: element.getAttribute('type'), name: name?.trim() };
    });
    const focusedRole =
      focused?.tag === 'button' || focused?.type === 'submit'
        ? 'button'
        : focused?.tag === 'input' && focused.type === 'radio'
          ? 'radio'
          : focused?.tag === 'input'
            ? 'textbox'
            : focused?.tag;
    if (focusedRole === role && focused?.name === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the ${role} "${name}"`);
}

describe('the whole SMS signup with the keyboard alone', () => {
  it('fills the form, verifies the number and creates the account without a pointer', async () => {
    const number = '+46701230401';
    const page = await harness.newPage();
    await page.goto(harness.baseUrl);
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();

    await tabTo(page, 'textbox', 'Name');
    await page.keyboard.type('Katherine Johnson');
    await page.keyboard.press('Tab');
    await page.keyboard.type('katherine@example.com');
    await tabTo(page, 'textbox', 'Phone number');
    await page.keyboard.type(number);
    // Enter in the phone field submits its form: the default method, SMS.
    await page.keyboard.press('Enter');

    // Focus moves to the code field by itself: the code is typed straight away.
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    const sms = await harness.nextDelivery(number);
    const codeField = page.getByRole('textbox', { name: 'Verification code' });
    await codeField.waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('autocomplete') === 'one-time-code',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type(sms.code ?? '');

    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'button', 'Create account');
    await page.keyboard.press('Enter');
    await page.getByText(`Account created for ${number}`).waitFor();
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Katherine Johnson');
    expect(errorsOf(page)).toEqual([]);
  });
});
