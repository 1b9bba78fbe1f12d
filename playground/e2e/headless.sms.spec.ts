import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the headless page (hooks and plain inputs)', () => {
  it('verifies by SMS, recovers from a wrong code, and creates the account', async () => {
    const number = '+46701230501';
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/headless`);
    await page.getByRole('heading', { name: 'Create your account (headless)' }).waitFor();
    expect(await page.getByRole('link', { name: 'Headless hooks' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // No verikit component on this page: only the hooks.
    expect(await page.locator('.signup__phone [class*="vk-"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Name' }).fill('Hedy Lamarr');
    await page.getByRole('textbox', { name: 'Email' }).fill('hedy@example.com');
    await page.getByRole('textbox', { name: 'Phone number, with country code' }).fill(number);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: `Enter the code sent to ${number}` }).waitFor();
    const sms = await harness.nextDelivery(number);
    const code = sms.code ?? '';
    expect(await axeViolations(page)).toEqual([]);

    const field = page.getByRole('textbox', { name: 'Code' });
    await field.fill(code === '0000' ? '1111' : '0000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'That code is not right. Check it and try again.' })
      .waitFor();
    expect(await page.getByText('Attempts left: 4').isVisible()).toBe(true);

    await field.fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Phone verified' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Account created for ${number}`).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});
