import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CountryCode } from '@verikit/core/phone';
import { loadPhoneMetadata } from '@verikit/core/phone';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type UsePhoneFieldOptions, usePhoneField } from './usePhoneField';

beforeAll(async () => {
  await Promise.all(['US', 'GB', 'DE'].map((country) => loadPhoneMetadata(country)));
});

/** A field built from the hook's prop objects alone, as a team bringing its own inputs would. */
function Field(props: UsePhoneFieldOptions) {
  const field = usePhoneField(props);
  return (
    <div>
      <label {...field.labelProps} htmlFor={field.labelProps.htmlFor}>
        Mobile
      </label>
      <button {...field.countryButtonProps}>{field.country}</button>
      <div {...field.popoverProps}>
        <input {...field.searchInputProps} />
        <ul {...field.listboxProps}>
          {field.isOpen
            ? field.options.map((option) => (
                <li key={option.country} {...field.getOptionProps(option)}>
                  {option.name} +{option.callingCode}
                </li>
              ))
            : null}
        </ul>
      </div>
      <input {...field.inputProps} />
      {field.isInvalid ? <p {...field.errorMessageProps}>{field.validation.problem}</p> : null}
      <output data-testid="e164">{field.e164 ?? ''}</output>
    </div>
  );
}

function Controlled({ onChange }: { onChange: (value: string | undefined) => void }) {
  const [value, setValue] = useState<string | null>('+442079460958');
  return (
    <>
      <Field
        value={value}
        onChange={(next) => {
          setValue(next ?? null);
          onChange(next);
        }}
      />
      <button type="button" onClick={() => setValue('+4930123456')}>
        Use the Berlin number
      </button>
      <button type="button" onClick={() => setValue(null)}>
        Clear
      </button>
    </>
  );
}

describe('usePhoneField', () => {
  it('gives prop objects that make a working, labelled phone field', async () => {
    const onChange = vi.fn();
    render(<Field defaultCountry="US" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Mobile' });
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('autocomplete', 'tel');
    expect(input).toHaveAttribute('inputmode', 'tel');
    expect(input).toHaveAttribute('dir', 'ltr');
    await userEvent.type(input, '2015550123');
    expect(input).toHaveValue('(201) 555-0123');
    expect(onChange).toHaveBeenLastCalledWith('+12015550123', expect.objectContaining({ status: 'valid' }));
    expect(screen.getByTestId('e164')).toHaveTextContent('+12015550123');
  });

  it('follows a controlled value set from outside, and clears with null', async () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Mobile' });
    expect(input).toHaveValue('020 7946 0958');
    expect(screen.getByRole('button', { name: 'Country: United Kingdom +44' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use the Berlin number' }));
    expect(input).toHaveValue('030 123456');
    expect(screen.getByRole('button', { name: 'Country: Germany +49' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(input).toHaveValue('');
    // Values set from outside are not echoed back through onChange.
    expect(onChange).not.toHaveBeenCalledWith('+4930123456');
  });

  it('ignores unknown country codes in its lists instead of crashing', () => {
    render(
      <Field countries={['GB', 'XX' as CountryCode, 'de' as CountryCode]} defaultValue="not a number" />,
    );
    expect(screen.getByRole('textbox', { name: 'Mobile' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Country: United Kingdom +44' })).toBeInTheDocument();
  });

  it('blocks a number from outside the allow-list and says why after blur', async () => {
    render(<Field countries={['GB']} />);
    const input = screen.getByRole('textbox', { name: 'Mobile' });
    await userEvent.type(input, '+12015550123');
    expect(screen.getByTestId('e164')).toHaveTextContent('');
    await userEvent.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('country-not-allowed');
  });

  it('picks a country from the list with the keyboard', async () => {
    const onCountryChange = vi.fn();
    render(<Field defaultCountry="US" onCountryChange={onCountryChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Country: United States +1' }));
    const combobox = screen.getByRole('combobox', { name: 'Search countries' });
    await waitFor(() => expect(combobox).toHaveFocus());
    await userEvent.keyboard('germ{Enter}');
    expect(onCountryChange).toHaveBeenLastCalledWith('DE');
    expect(screen.getByRole('textbox', { name: 'Mobile' })).toHaveFocus();
  });

  it('renders on the server without touching browser APIs', () => {
    const html = renderToString(<Field defaultCountry="GB" defaultValue="+442079460958" />);
    expect(html).toContain('020 7946 0958');
  });

  it('formats once the numbering plan of a new country arrives', async () => {
    render(<Field defaultCountry="US" />);
    const input = screen.getByRole('textbox', { name: 'Mobile' });
    await act(async () => {
      await userEvent.type(input, '+33612345678');
    });
    await waitFor(() => expect(input).toHaveValue('+33 6 12 34 56 78'));
    expect(screen.getByRole('button', { name: 'Country: France +33' })).toBeInTheDocument();
  });
});

describe('usePhoneField default country', () => {
  it("starts from the browser's language when no country is given", () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE', 'en']);
    render(<Field />);
    expect(screen.getByRole('button', { name: 'Country: Sweden +46' })).toBeInTheDocument();
    languages.mockRestore();
  });

  it('renders the same on the server whatever the browser, so hydration cannot mismatch', () => {
    const html = renderToString(<Field countries={['FR', 'DE']} />);
    // No browser languages on the server: the first allowed country by name.
    expect(html).toContain('Country: France +33');
  });
});

describe('usePhoneField with a plan still loading', () => {
  it('shows a value raw until its plan arrives, then in national format with its country', async () => {
    render(<Field defaultValue="+81312345678" />);
    const input = screen.getByRole('textbox', { name: 'Mobile' });
    expect(input).toHaveValue('+81312345678');
    await waitFor(() => expect(input).toHaveValue('03-1234-5678'));
    expect(screen.getByRole('button', { name: 'Country: Japan +81' })).toBeInTheDocument();
  });
});
