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

const NUMBER = '+46701230701';

describe('signing up with a number verified on WhatsApp (drop-in)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.newPage();
    await page.goto(harness.baseUrl);
  });

  it('sends a code on WhatsApp that the emulator inbox and the test phone both show', async () => {
    await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Grace Hopper');
    await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
    await page.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
    await page.getByRole('radio', { name: 'WhatsApp message' }).check();
    await page.getByRole('button', { name: 'Send me a code on WhatsApp' }).click();
    await page.getByRole('heading', { name: 'We sent a code on WhatsApp' }).waitFor();
    const message = await harness.nextDelivery(NUMBER);
    expect(message.method).toBe('whatsapp');
    expect(message.code).toMatch(/^\d{4}$/);
    const panel = page.getByRole('complementary', { name: 'Test phone' });
    await panel
      .getByRole('article', { name: `WhatsApp message to ${NUMBER}` })
      .getByText(message.text)
      .waitFor();
    // Another way is one click away; SMS is first among them.
    await page.getByRole('button', { name: 'Text me a code instead' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('verifies the number when the code is typed, and creates the account with the proof', async () => {
    const [message] = await harness.inbox(NUMBER);
    await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(message?.code ?? '');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create account' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Account created' });
    await status.waitFor();
    expect(await status.textContent()).toBe(`Account created for ${NUMBER}`);
    expect(errorsOf(page)).toEqual([]);
  });
});
