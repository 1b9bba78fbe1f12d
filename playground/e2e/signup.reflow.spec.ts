import { MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, type Harness, startHarness } from './harness';

// WCAG 2.2 1.4.10 Reflow: at 320 CSS px the signup page (and the headless one) needs no sideways scrolling at any
// step of the drop-in. A failure names what sticks out.
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    const culprits =
      width <= 320
        ? []
        : [...document.body.querySelectorAll<HTMLElement>('*')]
            .filter((element) => element.getBoundingClientRect().right > 320.5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
            .slice(0, 6);
    return { width, culprits };
  });
}

async function narrowPage() {
  const page = await harness.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(harness.baseUrl);
  await page.getByRole('heading', { name: 'Verify your phone number' }).waitFor();
  return page;
}

const fits = { width: 320, culprits: [] };

describe('the signup page at 320 CSS px', () => {
  it('needs no sideways scrolling on the phone step, its error, the code step and verified', async () => {
    const page = await narrowPage();
    expect(await overflowOf(page)).toEqual(fits);
    await page.getByRole('textbox', { name: 'Phone number' }).fill('+4670');
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.getByText('This number is too short.').first().waitFor();
    expect(await overflowOf(page)).toEqual(fits);

    await page.getByRole('textbox', { name: 'Phone number' }).fill(MAGIC_NUMBERS.fixedCode);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await code.waitFor();
    expect(await overflowOf(page)).toEqual(fits);
    await code.pressSequentially('9999');
    await page.getByText('That code is not right. Check it and try again.').first().waitFor();
    expect(await overflowOf(page)).toEqual(fits);
    await code.fill('');
    await code.pressSequentially('1234');
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor();
    expect(await overflowOf(page)).toEqual(fits);
    expect(errorsOf(page)).toEqual([]);
  });

  for (const [method, submit, heading] of [
    ['Missed call', 'Call me', 'We are calling you — don’t answer'],
    ['Voice call', 'Call me', 'We are calling you — listen for the code'],
  ] as const) {
    it(`needs no sideways scrolling on the ${method.toLowerCase()} step`, async () => {
      const page = await narrowPage();
      await page.getByRole('textbox', { name: 'Phone number' }).fill('+46701230109');
      await page.getByRole('radio', { name: method }).check();
      await page.getByRole('button', { name: submit }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await overflowOf(page)).toEqual(fits);
    });
  }

  it('needs no sideways scrolling on the headless page', async () => {
    const page = await harness.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${harness.baseUrl}/headless`);
    await page.getByRole('textbox', { name: 'Phone number' }).waitFor();
    expect(await overflowOf(page)).toEqual(fits);
  });
});
