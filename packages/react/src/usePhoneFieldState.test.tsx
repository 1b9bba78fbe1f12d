import { act, renderHook, waitFor } from '@testing-library/react';
import { loadPhoneMetadata } from '@verikit/core/phone';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type UsePhoneFieldStateOptions, usePhoneFieldState } from './usePhoneFieldState';

beforeAll(async () => {
  await Promise.all(['US', 'GB', 'DE'].map((country) => loadPhoneMetadata(country)));
});

describe('usePhoneFieldState, uncontrolled', () => {
  it('starts from defaultValue in national format, with the number’s own country', () => {
    const { result } = renderHook(() =>
      usePhoneFieldState({ defaultValue: '+442079460958', defaultCountry: 'US' }),
    );
    expect(result.current.country).toBe('GB');
    expect(result.current.reading.text).toBe('020 7946 0958');
    expect(result.current.e164).toBe('+442079460958');
    expect(result.current.validation).toEqual({ status: 'valid', problem: undefined, isHint: false });
  });

  it('applies an edit, formats it, says where the caret goes and reports the number at once', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => usePhoneFieldState({ defaultCountry: 'US', onChange }));
    let edit: { text: string; caret: number } | undefined;
    act(() => {
      edit = result.current.commitEdit({ text: '2015550123', caret: 10, inputType: 'insertText' });
    });
    expect(edit).toEqual({ text: '(201) 555-0123', caret: 14 });
    expect(result.current.reading.text).toBe('(201) 555-0123');
    expect(result.current.e164).toBe('+12015550123');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('+12015550123', expect.objectContaining({ country: 'US' }));
  });
});

describe('usePhoneFieldState, controlled', () => {
  it('follows the value prop without echoing it back, and clears with null', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook((props: UsePhoneFieldStateOptions) => usePhoneFieldState(props), {
      initialProps: { value: '+12015550123', onChange } as UsePhoneFieldStateOptions,
    });
    expect(result.current.reading.text).toBe('(201) 555-0123');
    rerender({ value: '+442079460958', onChange });
    expect(result.current.country).toBe('GB');
    expect(result.current.reading.text).toBe('020 7946 0958');
    expect(result.current.e164).toBe('+442079460958');
    rerender({ value: null, onChange });
    expect(result.current.reading.text).toBe('');
    expect(result.current.e164).toBeUndefined();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps a controlled country until the parent changes it, reporting the pick', () => {
    const onCountryChange = vi.fn();
    const { result, rerender } = renderHook((props: UsePhoneFieldStateOptions) => usePhoneFieldState(props), {
      initialProps: { country: 'US', onCountryChange } as UsePhoneFieldStateOptions,
    });
    act(() => result.current.selectCountry('DE'));
    expect(result.current.country).toBe('US');
    expect(onCountryChange).toHaveBeenCalledWith('DE');
    rerender({ country: 'DE', onCountryChange });
    expect(result.current.country).toBe('DE');
  });
});

describe('usePhoneFieldState country change', () => {
  it('moves an international number under the new calling code and reports the country', () => {
    const onCountryChange = vi.fn();
    const { result } = renderHook(() => usePhoneFieldState({ defaultCountry: 'US', onCountryChange }));
    act(() => {
      result.current.commitEdit({ text: '+1201', caret: 5 });
    });
    expect(result.current.reading.callingCode).toBe('1');
    act(() => result.current.selectCountry('GB'));
    expect(result.current.country).toBe('GB');
    expect(result.current.reading.callingCode).toBe('44');
    expect(result.current.reading.text.replace(/\D/g, '')).toBe('44201');
    expect(onCountryChange).toHaveBeenCalledWith('GB');
  });

  it('ignores a country outside the allow-list, and lists the preferred first', () => {
    const { result } = renderHook(() =>
      usePhoneFieldState({
        countries: ['US', 'GB', 'DE'],
        preferredCountries: ['GB'],
        defaultCountry: 'US',
        locale: 'en',
      }),
    );
    act(() => result.current.selectCountry('FR'));
    expect(result.current.country).toBe('US');
    expect(result.current.countryOptions.map((option) => option.country)).toEqual(['GB', 'DE', 'US']);
    expect(result.current.countryOptions[0]).toMatchObject({ isPreferred: true, callingCode: '44' });
  });
});

describe('usePhoneFieldState validation', () => {
  it('names what blocks the number: required, too short, a country outside the allow-list', () => {
    const { result } = renderHook(() =>
      usePhoneFieldState({ defaultCountry: 'US', countries: ['US', 'GB'], isRequired: true }),
    );
    expect(result.current.validation.problem).toBe('required');
    act(() => {
      result.current.commitEdit({ text: '20155', caret: 5 });
    });
    expect(result.current.validation.problem).toBe('too-short');
    expect(result.current.e164).toBeUndefined();
    act(() => {
      result.current.commitEdit({ text: '+4915123456789', caret: 14, inputType: 'insertFromPaste' });
    });
    expect(result.current.reading.country).toBe('DE');
    expect(result.current.validation.problem).toBe('country-not-allowed');
    expect(result.current.e164).toBeUndefined();
  });
});

describe('usePhoneFieldState plan loading', () => {
  it('loads the selected country’s plan on demand, then reads the number in it', async () => {
    const { result } = renderHook(() => usePhoneFieldState({ defaultValue: '+81312345678' }));
    expect(result.current.isLoadingMetadata).toBe(true);
    expect(result.current.isAwaitingPlan).toBe(true);
    expect(result.current.reading.text).toBe('+81312345678');
    await waitFor(() => expect(result.current.isLoadingMetadata).toBe(false));
    expect(result.current.metadataError).toBeUndefined();
    expect(result.current.isAwaitingPlan).toBe(false);
    expect(result.current.country).toBe('JP');
    expect(result.current.reading.text).toBe('03-1234-5678');
    expect(result.current.e164).toBe('+81312345678');
  });
});
