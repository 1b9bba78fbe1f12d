import { fireEvent, render, screen } from '@testing-library/react';
import type { CountryCode } from '@verikit/core/phone';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type PhoneCountryOption, useCountryPicker } from './useCountryPicker';

const OPTIONS: PhoneCountryOption[] = [
  { country: 'SE', callingCode: '46', name: 'Sweden', isPreferred: true },
  { country: 'DE', callingCode: '49', name: 'Germany', isPreferred: false },
  { country: 'GB', callingCode: '44', name: 'United Kingdom', isPreferred: false },
];

function Picker({ country, onSelect }: { country: CountryCode; onSelect: (country: CountryCode) => void }) {
  const inputRef = useRef<HTMLInputElement | null>(null);
  const picker = useCountryPicker({
    allOptions: OPTIONS,
    country,
    onSelect,
    returnFocusRef: inputRef,
    idPrefix: 'phone',
    isDisabled: false,
    isReadOnly: false,
    labels: {},
  });
  return (
    <>
      <button {...picker.countryButtonProps} />
      <div {...picker.popoverProps}>
        <input {...picker.searchInputProps} />
        <ul {...picker.listboxProps}>
          {picker.isOpen
            ? picker.options.map((option) => (
                <li key={option.country} {...picker.getOptionProps(option)}>
                  {option.name}
                </li>
              ))
            : null}
        </ul>
      </div>
      <input ref={inputRef} aria-label="Phone number" />
    </>
  );
}

describe('useCountryPicker', () => {
  it('opens from the button with the selected country active, and names it on the button', () => {
    render(<Picker country="DE" onSelect={() => {}} />);
    const button = screen.getByRole('button', { name: 'Country: Germany +49' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const search = screen.getByRole('combobox', { name: 'Search countries' });
    expect(search).toHaveFocus();
    expect(search).toHaveAttribute('aria-activedescendant', 'phone-option-DE');
    expect(screen.getByRole('option', { name: 'Germany' })).toHaveAttribute('aria-selected', 'true');
  });

  it('filters by what is typed and picks with Enter, returning focus to the number', () => {
    const onSelect = vi.fn();
    render(<Picker country="SE" onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button'));
    const search = screen.getByRole('combobox');
    fireEvent.change(search, { target: { value: 'king' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['United Kingdom']);
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('GB');
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveFocus();
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('moves with the arrows and End, and closes on Escape back to the button without picking', () => {
    const onSelect = vi.fn();
    render(<Picker country="SE" onSelect={onSelect} />);
    const button = screen.getByRole('button');
    fireEvent.click(button);
    const search = screen.getByRole('combobox');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(search).toHaveAttribute('aria-activedescendant', 'phone-option-DE');
    fireEvent.keyDown(search, { key: 'End' });
    expect(search).toHaveAttribute('aria-activedescendant', 'phone-option-GB');
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('starts a search when a letter is typed on the closed button', () => {
    render(<Picker country="SE" onSelect={() => {}} />);
    fireEvent.keyDown(screen.getByRole('button'), { key: 'g' });
    expect(screen.getByRole('combobox')).toHaveValue('g');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Germany',
      'United Kingdom',
    ]);
  });
});
