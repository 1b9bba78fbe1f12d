import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PhoneInput } from './PhoneInput';
import { supportsEmojiFlags } from './useEmojiFlags';

/** The docs page's description: what the component is for, and a copy-paste example. */
const DESCRIPTION = `An international phone field: a searchable country picker (keyboard and screen reader ready), formatting as you type
with the caret kept in place, E.164 out, and the numbering plan of a country loaded only when it is first needed.

\`\`\`tsx
import { PhoneInput } from '@verikit/ui';
import '@verikit/ui/styles.css';
import { useState } from 'react';

export function PhoneField() {
  const [phoneNumber, setPhoneNumber] = useState<string>(); // E.164, e.g. +46701234567
  return (
    <PhoneInput
      name="phone"
      defaultCountry="SE"
      preferredCountries={['SE', 'NO', 'DK']}
      isRequired
      onChange={(e164) => setPhoneNumber(e164)}
    />
  );
}
\`\`\``;

const meta = {
  title: 'Components/PhoneInput',
  component: PhoneInput,
  parameters: { docs: { description: { component: DESCRIPTION } } },
  args: { defaultCountry: 'US', onChange: fn(), onCountryChange: fn() },
  // Room below the field for the country list.
  decorators: [
    (Story) => (
      <div style={{ minHeight: '24rem', padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PhoneInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  args: { description: 'We send a code to this number.' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveValue('');
    await expect(canvas.getByRole('button', { name: 'Country: United States +1' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

export const Typing: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(input, '2015550123');
    await waitFor(() => expect(input).toHaveValue('(201) 555-0123'));
    await expect(args.onChange).toHaveBeenLastCalledWith(
      '+12015550123',
      expect.objectContaining({ status: 'valid' }),
    );
  },
};

export const PastedInternational: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.click(input);
    await userEvent.paste('+44 20 7946 0958');
    await waitFor(() => expect(input).toHaveValue('+44 20 7946 0958'));
    await expect(canvas.getByRole('button', { name: 'Country: United Kingdom +44' })).toBeVisible();
    await expect(args.onCountryChange).toHaveBeenCalledWith('GB');
  },
};

export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(input, '201555');
    await userEvent.tab();
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await expect(input).toHaveAccessibleDescription('This number is too short.');
  },
};

export const NotValidHint: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(input, '9995550123');
    await userEvent.tab();
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        'Please check this number: it does not look like a number from United States.',
      ),
    );
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(args.onChange).toHaveBeenLastCalledWith('+19995550123', expect.anything());
  },
};

export const CountryPickerOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Country/ }));
    const combobox = canvas.getByRole('combobox', { name: 'Search countries' });
    await waitFor(() => expect(combobox).toHaveFocus());
    await userEvent.keyboard('ger');
    await waitFor(() =>
      expect(combobox).toHaveAttribute(
        'aria-activedescendant',
        canvas.getByRole('option', { name: 'Germany +49' }).id,
      ),
    );
  },
};

export const Disabled: Story = {
  args: { isDisabled: true, defaultValue: '+12015550123' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveValue('(201) 555-0123'),
    );
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: /Country/ })).toBeDisabled();
  },
};

export const PreferredCountries: Story = {
  args: { preferredCountries: ['SE', 'DE', 'GB'], defaultCountry: 'SE' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Country: Sweden +46' }));
    const names = canvas.getAllByRole('option').map((option) => option.textContent);
    // The flag is text where the platform draws flags; elsewhere its ISO letters come from the stylesheet.
    const flag = (emoji: string) => (supportsEmojiFlags() ? emoji : '');
    await expect(names.slice(0, 3)).toEqual([
      `${flag('🇸🇪')}Sweden +46`,
      `${flag('🇩🇪')}Germany +49`,
      `${flag('🇬🇧')}United Kingdom +44`,
    ]);
  },
};

export const AllowList: Story = {
  args: { countries: ['GB', 'IE', 'FR'], defaultCountry: 'GB' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Country: United Kingdom +44' }));
    await expect(canvas.getAllByRole('option')).toHaveLength(3);
    await userEvent.keyboard('{Escape}');
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.click(input);
    await userEvent.paste('+1 201 555 0123');
    await userEvent.tab();
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('Numbers from United States cannot be used here.'),
    );
  },
};

export const ArabicRightToLeft: Story = {
  args: { defaultCountry: 'SA' },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'رقم الهاتف' });
    await userEvent.type(input, '0501234567');
    // The +96x plan loads on demand; the dev server may take a while to serve its first chunk.
    await waitFor(() => expect(input).toHaveValue('050 123 4567'), { timeout: 10_000 });
    await expect(getComputedStyle(input).direction).toBe('ltr');
  },
};

export const German: Story = {
  args: { defaultCountry: 'DE' },
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Land: Deutschland +49' })).toBeVisible();
    const input = canvas.getByRole('textbox', { name: 'Telefonnummer' });
    await userEvent.type(input, '030123456');
    await waitFor(() => expect(input).toHaveValue('030 123456'), { timeout: 10_000 });
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Country/ }));
    await expect(canvas.getByRole('listbox', { name: 'Countries' })).toBeVisible();
  },
};

export const Unstyled: Story = {
  args: { unstyled: true, classNames: { input: 'my-input' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await expect(input).toHaveClass('my-input');
    await expect(canvasElement.querySelector('[class*="vk-"]')).toBeNull();
  },
};

export const HebrewRightToLeft: Story = {
  args: { defaultCountry: 'IL' },
  globals: { locale: 'he' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /\+972/ })).toBeVisible();
    const input = canvas.getByRole('textbox', { name: 'מספר טלפון' });
    await userEvent.type(input, '0501234567');
    // The +972 plan loads on demand; the number stays left to right in the Hebrew page.
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith('+972501234567', expect.anything()), {
      timeout: 10_000,
    });
    await expect(getComputedStyle(input).direction).toBe('ltr');
  },
};
