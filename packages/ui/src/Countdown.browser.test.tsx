import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Countdown } from './Countdown';

describe('Countdown in Chromium', () => {
  it('keeps m:ss left-to-right inside a right-to-left page', async () => {
    await render(
      <div dir="rtl">
        <Countdown secondsLeft={65} aria-label="Time left" />
      </div>,
    );
    const timer = page.getByRole('timer', { name: 'Time left' });
    await expect.element(timer).toHaveTextContent('1:05');
    const element = timer.element() as HTMLElement;
    expect(getComputedStyle(element).direction).toBe('ltr');
  });
});
