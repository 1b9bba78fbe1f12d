import { MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the signup page on a dark operating system theme', () => {
  it('follows it, and keeps every step readable (axe, contrast included)', async () => {
    const page = await harness.newPage({ colorScheme: 'dark' });
    await page.goto(harness.baseUrl);
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
    // The kit's dark tokens paint the page.
    expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);

    // A wrong code: the code step with its error, judged in the dark theme.
    await page.getByRole('textbox', { name: 'Phone number' }).fill(MAGIC_NUMBERS.fixedCode);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    const field = page.getByRole('textbox', { name: 'Verification code' });
    await field.waitFor();
    await field.pressSequentially('9999');
    await page.getByText('That code is not right. Check it and try again.').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await field.fill('');
    await field.pressSequentially('1234');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });
});
