import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the playground', () => {
  it('serves the signup page with its heading and countdown', async () => {
    const page = await harness.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(harness.baseUrl);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await page.getByRole('timer', { name: 'Expected delivery time' }).textContent()).toBe('0:30');
    expect(errors).toEqual([]);
  });
});
