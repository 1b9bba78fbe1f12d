import type { Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundBackend } from '../server/createPlaygroundBackend';
import { axeViolations, errorsOf, type Harness, startHarness } from './harness';
import { startPlaygroundServer } from './startPlaygroundServer';

// The playground as `VERIKIT_PLAYGROUND_BOT_CHECK=always pnpm dev` serves it: every start needs the demo widget's
// token. A dev server of this spec's own (the shared one runs without a bot check), on the shared Chromium.
let server: ViteDevServer;
let harness: Harness;
beforeAll(async () => {
  let baseUrl: string;
  ({ server, baseUrl } = await startPlaygroundServer({
    env: { ...process.env, VERIKIT_PLAYGROUND_BOT_CHECK: 'always' },
  }));
  harness = await startHarness(baseUrl);
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

const NUMBER = '+46701230091';

describe('signing up when the proxy asks for a bot check (the demo widget)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.newPage();
    await page.goto(harness.baseUrl);
  });

  it('holds the start back for the bot check: the step takes focus, nothing is sent yet', async () => {
    await page.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
    await page.getByRole('textbox', { name: 'Phone number' }).press('Enter');
    const heading = page.getByRole('heading', { name: 'Confirm you are a person' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const step = page.getByRole('region', { name: 'Confirm you are a person' });
    await step.getByText('Confirm you are a person to continue.').waitFor();
    expect(await harness.inbox(NUMBER)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a bot’s token with words, and the widget is ready again', async () => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const step = page.getByRole('region', { name: 'Confirm you are a person' });
    await step.getByText('We could not confirm you are a person. Please try again.').waitFor();
    expect(await step.getByRole('checkbox', { name: 'I am a person' }).isChecked()).toBe(false);
    expect(await harness.inbox(NUMBER)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends the code once the person passes, and verifies the number, by keyboard only', async () => {
    // Focus went back to the step's heading with the refusal: the widget is the next stop.
    const heading = page.getByRole('heading', { name: 'Confirm you are a person' });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Enter the code we texted you' }).waitFor();
    const sms = await harness.nextDelivery(NUMBER);
    await page.keyboard.type(sms.code ?? '');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(await harness.inbox(NUMBER)).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('the playground backend’s bot-check setting', () => {
  it('refuses a value it does not know, at start-up', () => {
    expect(() =>
      createPlaygroundBackend({ env: { VERIKIT_PLAYGROUND_BOT_CHECK: 'sometimes' }, log: () => {} }),
    ).toThrow('VERIKIT_PLAYGROUND_BOT_CHECK must be always, adaptive or off, got "sometimes".');
  });
});

describe('the headless page when the proxy asks for a bot check', () => {
  it('shows the demo widget from usePhoneVerification’s botCheck, refuses a bot and verifies a person', async () => {
    const number = '+46701230092';
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/headless`);
    await page.getByRole('textbox', { name: 'Phone number, with country code' }).fill(number);
    await page.getByRole('button', { name: 'Send' }).click();
    const step = page.getByRole('region', { name: 'Confirm you are a person' });
    await step.getByRole('alert').filter({ hasText: 'Confirm you are a person to continue.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await step.getByRole('button', { name: 'Act like a bot' }).click();
    await step.getByRole('alert').filter({ hasText: 'We could not confirm you are a person.' }).waitFor();
    // A click, not check(): the token moves the flow on and the widget goes, so there is no checked box left for
    // check() to confirm (it then waits for one until it times out, as it did once in a full CI run).
    await step.getByRole('checkbox', { name: 'I am a person' }).click();
    await page.getByRole('heading', { name: `Enter the code sent to ${number}` }).waitFor();
    const sms = await harness.nextDelivery(number);
    await page.getByRole('textbox', { name: 'Code' }).fill(sms.code ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'Phone verified' }).waitFor();
    expect(await harness.inbox(number)).toHaveLength(1);
    expect(errorsOf(page)).toEqual([]);
  });
});
