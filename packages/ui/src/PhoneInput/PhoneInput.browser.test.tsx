import { type CountryCode, loadPhoneMetadata } from '@verikit/core/phone';
import axe from 'axe-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
// Types of the holdRequests / releaseRequests commands (registered in vitest.config.ts).
import type {} from '../../../../scripts/holdRequests';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { ar } from '../locales/ar';
import { de } from '../locales/de';
import '../styles.css';
import { PhoneInput, type PhoneInputProps } from './PhoneInput';
import { supportsEmojiFlags } from './useEmojiFlags';

beforeAll(async () => {
  await Promise.all(['US', 'GB', 'DE', 'SE', 'IN', 'BR', 'JP'].map((country) => loadPhoneMetadata(country)));
});

async function renderField(props: PhoneInputProps = {}, locale = 'en') {
  const onChange = vi.fn();
  const screen = await render(
    <LocaleProvider locale={locale} messages={locale === 'de' ? de : locale === 'ar' ? ar : undefined}>
      <form aria-label="Sign up" dir={locale === 'ar' ? 'rtl' : undefined}>
        <PhoneInput defaultCountry="US" onChange={onChange} {...props} />
        <button type="submit">Continue</button>
      </form>
    </LocaleProvider>,
  );
  const input = page.getByRole('textbox', { name: locale === 'en' ? 'Phone number' : undefined }).first();
  return { screen, onChange, input, element: () => input.element() as HTMLInputElement };
}

async function expectNoAxeViolations() {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** Puts the caret at `position` in the number input, as a click there would. */
function placeCaret(input: HTMLInputElement, position: number) {
  input.focus();
  input.setSelectionRange(position, position);
}

/** What a browser's autofill does: sets the value and fires a plain `input` event (no `inputType`). */
function autofill(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function paste(input: HTMLInputElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  input.focus();
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

describe('PhoneInput typing and caret in Chromium', () => {
  const cases: [CountryCode, string, string, string][] = [
    ['US', '2015550123', '(201) 555-0123', '+12015550123'],
    ['GB', '02079460958', '020 7946 0958', '+442079460958'],
    ['DE', '030123456', '030 123456', '+4930123456'],
    ['SE', '0701234567', '070-123 45 67', '+46701234567'],
    ['IN', '9876543210', '98765 43210', '+919876543210'],
    ['BR', '11987654321', '(11) 98765-4321', '+5511987654321'],
    ['JP', '09012345678', '090-1234-5678', '+819012345678'],
  ];
  for (const [country, typed, shown, e164] of cases) {
    it(`formats a ${country} number as it is typed and reports ${e164}`, async () => {
      const { input, element, onChange } = await renderField({ defaultCountry: country });
      await userEvent.click(input);
      await userEvent.keyboard(typed);
      await expect.element(input).toHaveValue(shown);
      expect(element().selectionStart).toBe(shown.length);
      expect(onChange).toHaveBeenLastCalledWith(e164, expect.objectContaining({ status: 'valid', country }));
    });
  }

  it('keeps the caret after a digit typed in the middle of a US number', async () => {
    const { input, element } = await renderField();
    await userEvent.click(input);
    await userEvent.keyboard('201555');
    await expect.element(input).toHaveValue('(201) 555');
    placeCaret(element(), 2);
    await userEvent.keyboard('9');
    await expect.element(input).toHaveValue('(290) 155-5');
    expect(element().selectionStart).toBe(3);
  });

  it('keeps the caret in place while typing in the middle of a Japanese number', async () => {
    const { input, element } = await renderField({ defaultCountry: 'JP' });
    await userEvent.click(input);
    await userEvent.keyboard('0312345678');
    await expect.element(input).toHaveValue('03-1234-5678');
    placeCaret(element(), 7);
    await userEvent.keyboard('{Backspace}');
    // The digits regroup (03-1235-678) but the caret stays after the digit before the deleted one.
    await expect.element(input).toHaveValue('03-1235-678');
    expect(element().selectionStart).toBe(6);
  });

  it('Backspace right after a separator deletes the digit before it', async () => {
    const { input, element } = await renderField();
    await userEvent.click(input);
    await userEvent.keyboard('2015550123');
    placeCaret(element(), 10);
    await userEvent.keyboard('{Backspace}');
    await expect.element(input).toHaveValue('(201) 550-123');
    expect(element().selectionStart).toBe(8);
  });

  it('Delete right before a separator deletes the digit after it', async () => {
    const { input, element } = await renderField({ defaultCountry: 'GB' });
    await userEvent.click(input);
    await userEvent.keyboard('02079460958');
    placeCaret(element(), 3);
    await userEvent.keyboard('{Delete}');
    await expect.element(input).toHaveValue('020 9460 958');
    expect(element().selectionStart).toBe(3);
  });

  it('shows a + number in international format and follows its country', async () => {
    const { input, onChange } = await renderField();
    await userEvent.click(input);
    await userEvent.keyboard('+46701234567');
    await expect.element(input).toHaveValue('+46 70 123 45 67');
    await expect.element(page.getByRole('button', { name: 'Country: Sweden +46' })).toBeVisible();
    expect(onChange).toHaveBeenLastCalledWith('+46701234567', expect.objectContaining({ country: 'SE' }));
  });
});

describe('PhoneInput paste and autofill in Chromium', () => {
  for (const pasted of [
    '+44 20 7946 0958',
    '0044 20 7946 0958',
    '+44.20.7946.0958',
    '+44-20-7946-0958',
    '(+44) 20 7946 0958',
  ]) {
    it(`reads the pasted "${pasted}" as a UK number and switches the country`, async () => {
      const { input, element, onChange } = await renderField();
      paste(element(), pasted);
      await expect.element(input).toHaveValue('+44 20 7946 0958');
      await expect.element(page.getByRole('button', { name: 'Country: United Kingdom +44' })).toBeVisible();
      expect(onChange).toHaveBeenLastCalledWith('+442079460958', expect.objectContaining({ country: 'GB' }));
    });
  }

  it('replaces leftover digits with a pasted international number instead of merging them', async () => {
    const { input, element } = await renderField();
    await userEvent.click(input);
    await userEvent.keyboard('201');
    paste(element(), '+44 20 7946 0958');
    await expect.element(input).toHaveValue('+44 20 7946 0958');
  });

  it('reads an autofilled international number and switches the country', async () => {
    const { input, element, onChange } = await renderField();
    autofill(element(), '+49 30 123456');
    await expect.element(input).toHaveValue('+49 30 123456');
    await expect.element(page.getByRole('button', { name: 'Country: Germany +49' })).toBeVisible();
    expect(onChange).toHaveBeenLastCalledWith('+4930123456', expect.objectContaining({ country: 'DE' }));
  });

  it('reads an autofilled national number in the selected country', async () => {
    const { input, element, onChange } = await renderField({ defaultCountry: 'GB' });
    autofill(element(), '020 7946 0958');
    await expect.element(input).toHaveValue('020 7946 0958');
    expect(onChange).toHaveBeenLastCalledWith('+442079460958', expect.anything());
  });

  it('loads the numbering plan of a country it has not met yet, then formats', async () => {
    const { input, element } = await renderField();
    paste(element(), '+976 8812 3456');
    await expect.element(input).toHaveValue('+976 8812 3456');
    await expect.element(page.getByRole('button', { name: 'Country: Mongolia +976' })).toBeVisible();
  });
});

describe('PhoneInput while a numbering plan is on its way', () => {
  // The +64 plan is loaded by no other test in this file: it arrives only when the test lets it through.
  const NZ_PLAN = String.raw`/phone/metadata/groups/64(\.ts)?(\?|$)`;

  it('shows the number as typed, then formats it with the caret still after the same digit', async () => {
    const { input, element, onChange } = await renderField();
    await commands.holdRequests(NZ_PLAN);
    try {
      await userEvent.click(input);
      await userEvent.keyboard('+64211234567');
      await expect.element(input).toHaveValue('+64211234567');
      expect(onChange).toHaveBeenLastCalledWith(undefined, expect.objectContaining({ status: 'pending' }));
      // The person goes back to fix a digit just as the plan arrives.
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    } finally {
      expect(await commands.releaseRequests(NZ_PLAN)).toBe(1);
    }
    await expect.element(input).toHaveValue('+64 21 123 4567');
    await expect.element(page.getByRole('button', { name: 'Country: New Zealand +64' })).toBeVisible();
    expect(onChange).toHaveBeenLastCalledWith('+64211234567', expect.objectContaining({ country: 'NZ' }));
    // Still after "+64 21 123", where the arrows left it, not thrown to the end by the new text.
    expect(element().selectionStart).toBe('+64 21 123'.length);
    await userEvent.keyboard('{Backspace}');
    await expect.element(input).toHaveValue('+64 21 124 567');
  });
});

describe('PhoneInput in a plain form submitted before the plan arrived', () => {
  // The +61 plan is loaded by no other test in this file.
  const AU_PLAN = String.raw`/phone/metadata/groups/61(\.ts)?(\?|$)`;

  it('submits the form with the E.164 number once the plan has arrived, not empty before it', async () => {
    const submitted: string[] = [];
    await render(
      <form
        aria-label="Sign up"
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push(String(new FormData(event.currentTarget).get('phone')));
        }}
      >
        <PhoneInput defaultCountry="US" name="phone" isRequired />
        <button type="submit">Continue</button>
      </form>,
    );
    const input = page.getByRole('textbox', { name: 'Phone number' });
    await commands.holdRequests(AU_PLAN);
    try {
      autofill(input.element() as HTMLInputElement, '+61 412 345 678');
      await userEvent.click(page.getByRole('button', { name: 'Continue' }));
      expect(submitted).toEqual([]);
      // No error and no browser bubble: the number is not wrong, only not read yet.
      await expect.element(input).not.toHaveAttribute('aria-invalid');
    } finally {
      expect(await commands.releaseRequests(AU_PLAN)).toBe(1);
    }
    await expect.element(input).toHaveValue('+61 412 345 678');
    await expect.poll(() => submitted).toEqual(['+61412345678']);
  });
});

describe('PhoneInput country picker by keyboard alone', () => {
  it('opens with ArrowDown, filters by name, and Enter picks the country and returns to the number', async () => {
    const { input } = await renderField();
    const button = page.getByRole('button', { name: 'Country: United States +1' });
    await userEvent.tab();
    await expect.element(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    const combobox = page.getByRole('combobox', { name: 'Search countries' });
    await expect.element(combobox).toHaveFocus();
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox', { name: 'Countries' });
    await expect.element(combobox).toHaveAttribute('aria-controls', listbox.element().id);
    await userEvent.keyboard('swe');
    const sweden = page.getByRole('option', { name: 'Sweden +46' });
    await expect.element(combobox).toHaveAttribute('aria-activedescendant', sweden.element().id);
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: 'Country: Sweden +46' })).toBeVisible();
    await expect.element(input).toHaveFocus();
    await expect
      .element(page.getByRole('button', { name: 'Country: Sweden +46' }))
      .toHaveAttribute('aria-expanded', 'false');
  });

  it('filters by dial code and by ISO code', async () => {
    await renderField();
    await userEvent.click(page.getByRole('button', { name: /Country/ }));
    await userEvent.keyboard('+49');
    await expect.element(page.getByRole('option', { name: 'Germany +49' })).toBeVisible();
    expect(page.getByRole('option').elements()).toHaveLength(1);
    await userEvent.clear(page.getByRole('combobox'));
    await userEvent.keyboard('jp');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: 'Country: Japan +81' })).toBeVisible();
  });

  it('moves through the list with arrows, Home and End', async () => {
    await renderField({ countries: ['DE', 'GB', 'SE', 'US'] });
    await userEvent.click(page.getByRole('button', { name: /Country/ }));
    const combobox = page.getByRole('combobox');
    const active = () =>
      document.getElementById(combobox.element().getAttribute('aria-activedescendant') ?? '');
    // Opens on the selected country.
    await expect.poll(() => active()?.textContent).toContain('United States');
    await userEvent.keyboard('{Home}');
    await expect.poll(() => active()?.textContent).toContain('Germany');
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => active()?.textContent).toContain('Sweden');
    await userEvent.keyboard('{End}');
    await expect.poll(() => active()?.textContent).toContain('United States');
    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(() => active()?.textContent).toContain('United Kingdom');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('button', { name: 'Country: United Kingdom +44' })).toBeVisible();
  });

  it('Escape closes the list without changing the country and returns focus to the button', async () => {
    await renderField();
    const button = page.getByRole('button', { name: 'Country: United States +1' });
    await userEvent.click(button);
    await userEvent.keyboard('ger');
    await userEvent.keyboard('{Escape}');
    await expect.element(button).toHaveFocus();
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(page.getByRole('listbox').query()).toBeNull();
  });

  it('closes when the user clicks elsewhere on the page, keeping the country', async () => {
    await renderField();
    const button = page.getByRole('button', { name: 'Country: United States +1' });
    await userEvent.click(button);
    await expect.element(page.getByRole('listbox')).toBeVisible();
    await userEvent.click(page.getByRole('form', { name: 'Sign up' }), { position: { x: 300, y: 5 } });
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(page.getByRole('listbox').query()).toBeNull();
  });

  it('picks a country with the mouse and returns to the number', async () => {
    const { input } = await renderField();
    await userEvent.click(page.getByRole('button', { name: /Country/ }));
    await userEvent.keyboard('brazil');
    await userEvent.click(page.getByRole('option', { name: 'Brazil +55' }));
    await expect.element(page.getByRole('button', { name: 'Country: Brazil +55' })).toBeVisible();
    await expect.element(input).toHaveFocus();
  });

  it('says so when nothing matches', async () => {
    await renderField();
    await userEvent.click(page.getByRole('button', { name: /Country/ }));
    await userEvent.keyboard('zzz');
    await expect.element(page.getByRole('status')).toHaveTextContent('No country matches “zzz”');
    await expectNoAxeViolations();
  });

  it('lists preferred countries first and only allowed countries', async () => {
    await renderField({
      countries: ['DE', 'FR', 'GB', 'SE'],
      preferredCountries: ['SE', 'GB'],
      defaultCountry: 'SE',
    });
    await userEvent.click(page.getByRole('button', { name: /Country/ }));
    const names = page
      .getByRole('option')
      .elements()
      .map((option) => option.textContent);
    // The flag is text where the platform draws flags; elsewhere its ISO letters come from the stylesheet.
    const flag = (emoji: string) => (supportsEmojiFlags() ? emoji : '');
    expect(names).toEqual([
      `${flag('🇸🇪')}Sweden +46`,
      `${flag('🇬🇧')}United Kingdom +44`,
      `${flag('🇫🇷')}France +33`,
      `${flag('🇩🇪')}Germany +49`,
    ]);
    await expectNoAxeViolations();
  });
});

describe('PhoneInput in the user language', () => {
  it('names everything in German', async () => {
    await renderField({ defaultCountry: 'DE' }, 'de');
    await expect.element(page.getByRole('textbox', { name: 'Telefonnummer' })).toBeVisible();
    const button = page.getByRole('button', { name: 'Land: Deutschland +49' });
    await userEvent.click(button);
    await expect.element(page.getByRole('combobox', { name: 'Länder durchsuchen' })).toHaveFocus();
    await userEvent.keyboard('vere');
    await expect.element(page.getByRole('option', { name: 'Vereinigtes Königreich +44' })).toBeVisible();
    await expectNoAxeViolations();
  });

  it('keeps the number left to right inside an Arabic right-to-left form', async () => {
    await renderField({ defaultCountry: 'SA' }, 'ar');
    const input = page.getByRole('textbox', { name: 'رقم الهاتف' });
    await userEvent.click(input);
    await userEvent.keyboard('0501234567');
    await expect.element(input).toHaveValue('050 123 4567');
    expect(getComputedStyle(input.element()).direction).toBe('ltr');
    await expect.element(page.getByRole('button', { name: /السعودية/ })).toBeVisible();
    await expectNoAxeViolations();
  });
});

describe('PhoneInput validation', () => {
  it('blocks a number that cannot be possible, with the error tied to the field', async () => {
    const { input, element, onChange } = await renderField();
    await userEvent.click(input);
    await userEvent.keyboard('201555');
    expect(onChange).toHaveBeenLastCalledWith(undefined, expect.objectContaining({ status: 'too-short' }));
    // No error while the user is still typing.
    await expect.element(input).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    await userEvent.tab();
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(input).toHaveAccessibleDescription('This number is too short.');
    expect((element().form as HTMLFormElement).checkValidity()).toBe(false);
    await expectNoAxeViolations();
  });

  it('hints at a possible but not valid number without blocking it', async () => {
    const { input, element, onChange } = await renderField();
    await userEvent.click(input);
    await userEvent.keyboard('9995550123');
    expect(onChange).toHaveBeenLastCalledWith(
      '+19995550123',
      expect.objectContaining({ status: 'not-valid' }),
    );
    await userEvent.tab();
    await expect
      .element(input)
      .toHaveAccessibleDescription(
        'Please check this number: it does not look like a number from United States.',
      );
    await expect.element(input).not.toHaveAttribute('aria-invalid');
    expect((element().form as HTMLFormElement).checkValidity()).toBe(true);
    await expectNoAxeViolations();
  });

  it('refuses a number from a country outside the allow-list', async () => {
    const { input, element, onChange } = await renderField({ countries: ['GB', 'DE'], defaultCountry: 'GB' });
    paste(element(), '+1 201 555 0123');
    await expect.element(input).toHaveValue('+1 201 555 0123');
    expect(onChange).toHaveBeenLastCalledWith(
      undefined,
      expect.objectContaining({ validation: expect.objectContaining({ problem: 'country-not-allowed' }) }),
    );
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await expect
      .element(input)
      .toHaveAccessibleDescription('Numbers from United States cannot be used here.');
  });

  it('puts the E.164 value in a hidden form field', async () => {
    const { input, element } = await renderField({ name: 'phone', defaultValue: '+442079460958' });
    await expect.element(input).toHaveValue('020 7946 0958');
    const form = element().form as HTMLFormElement;
    expect(new FormData(form).get('phone')).toBe('+442079460958');
  });

  it('is disabled as a whole, and passes axe', async () => {
    const { input } = await renderField({ isDisabled: true, defaultValue: '+12015550123' });
    await expect.element(input).toBeDisabled();
    await expect.element(page.getByRole('button', { name: /Country/ })).toBeDisabled();
    await expectNoAxeViolations();
  });

  it('passes axe when empty, and with the picker open', async () => {
    await renderField({ description: 'We text a code to this number.' });
    await expectNoAxeViolations();
    await userEvent.click(page.getByRole('button', { name: /Country/ }));
    await expect.element(page.getByRole('listbox')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('reflows at 200 % text size in a 320 px column without horizontal scrolling', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      await render(
        <div style={{ width: '320px' }} data-testid="column">
          <PhoneInput defaultCountry="GB" defaultValue="+442079460958" />
        </div>,
      );
      const column = page.getByTestId('column').element() as HTMLElement;
      const input = page.getByRole('textbox', { name: 'Phone number' }).element() as HTMLElement;
      await expect.element(page.getByRole('textbox', { name: 'Phone number' })).toHaveValue('020 7946 0958');
      expect(column.scrollWidth).toBeLessThanOrEqual(column.clientWidth);
      expect(input.getBoundingClientRect().right).toBeLessThanOrEqual(column.getBoundingClientRect().right);
      await userEvent.click(page.getByRole('button', { name: /Country/ }));
      const popover = page.getByRole('listbox').element().parentElement as HTMLElement;
      expect(popover.getBoundingClientRect().right).toBeLessThanOrEqual(
        column.getBoundingClientRect().right + 1,
      );
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
