import '@testing-library/jest-dom/vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyOtpEdit, cleanOtp, type UseOtpFieldOptions, useOtpField } from './useOtpField';

describe('cleanOtp', () => {
  it('drops spaces, dashes and letters from a numeric code and stops at the length', () => {
    expect(cleanOtp(' 12-34 56 78', 'numeric', 6)).toBe('123456');
    expect(cleanOtp('G-123456', 'numeric', 6)).toBe('123456');
  });

  it('turns Arabic-Indic and full-width digits into ASCII', () => {
    expect(cleanOtp('١٢٣٤', 'numeric', 6)).toBe('1234');
    expect(cleanOtp('۱۲۳', 'numeric', 6)).toBe('123');
    expect(cleanOtp('１２３', 'numeric', 6)).toBe('123');
  });

  it('keeps letters in an alphanumeric code', () => {
    expect(cleanOtp('ab-12 cD', 'alphanumeric', 6)).toBe('ab12cD');
  });
});

describe('applyOtpEdit', () => {
  it('appends a typed digit at the caret', () => {
    expect(applyOtpEdit('12', { start: 2, end: 2 }, '123', 'numeric', 6)).toEqual({ value: '123', caret: 3 });
  });

  it('overwrites the selected slot', () => {
    expect(applyOtpEdit('123456', { start: 2, end: 3 }, '129456', 'numeric', 6)).toEqual({
      value: '129456',
      caret: 3,
    });
  });

  it('overwrites from the caret instead of pushing digits out of the end', () => {
    expect(applyOtpEdit('123456', { start: 1, end: 2 }, '1983456', 'numeric', 6)).toEqual({
      value: '198456',
      caret: 3,
    });
  });

  it('takes a whole code inserted anywhere as the code', () => {
    expect(applyOtpEdit('12', { start: 2, end: 2 }, '12482913', 'numeric', 6)).toEqual({
      value: '482913',
      caret: 6,
    });
    expect(applyOtpEdit('12', { start: 0, end: 0 }, '482 91312', 'numeric', 6).value).toBe('482913');
  });

  it('ignores a rejected character without moving anything', () => {
    expect(applyOtpEdit('12', { start: 2, end: 2 }, '12x', 'numeric', 6)).toEqual({ value: '12', caret: 2 });
  });

  it('diffs a change the selection does not explain (an autofill replacing the value)', () => {
    expect(applyOtpEdit('1234', { start: 4, end: 4 }, '9876', 'numeric', 4).value).toBe('9876');
    expect(applyOtpEdit('1234', { start: 4, end: 4 }, '123', 'numeric', 4)).toEqual({
      value: '123',
      caret: 3,
    });
  });
});

function Field(options: UseOtpFieldOptions) {
  const field = useOtpField(options);
  return (
    <div {...field.rootProps}>
      <label {...field.labelProps} htmlFor={field.labelProps.htmlFor}>
        {options.label}
      </label>
      <input {...field.inputProps} />
      {options.description ? <p {...field.descriptionProps}>{options.description}</p> : null}
      {options.isInvalid ? <p {...field.errorMessageProps}>{options.errorMessage}</p> : null}
      {field.slots.map((slot) => (
        <span key={slot.index} {...field.getSlotProps(slot.index)}>
          {slot.char}
        </span>
      ))}
    </div>
  );
}

function BareField() {
  const field = useOtpField(null as never);
  return (
    <>
      <input {...field.inputProps} aria-label="Code" />
      {field.slots.map((slot) => (
        <span key={slot.index} {...field.getSlotProps(slot.index)} />
      ))}
    </>
  );
}

/** A field that hands its `setValue` out on every render. */
function Exposed({
  onRender,
  ...options
}: UseOtpFieldOptions & { onRender: (setValue: (value: string) => void) => void }) {
  const field = useOtpField(options);
  onRender(field.setValue);
  return <input {...field.inputProps} aria-label="Code" />;
}

describe('useOtpField', () => {
  it('names the one input by its label and describes it by the help and error texts', () => {
    render(<Field label="Code" description="Six digits" isInvalid errorMessage="Wrong code" />);
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input).toHaveAccessibleDescription('Six digits Wrong code');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  });

  it('calls onComplete once per complete code, and again only for a different one', () => {
    const onComplete = vi.fn();
    render(<Field label="Code" length={4} onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: 'Code' });
    fireEvent.change(input, { target: { value: '1234' } });
    fireEvent.change(input, { target: { value: '1234' } });
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('1234');
    fireEvent.change(input, { target: { value: '123' } });
    fireEvent.change(input, { target: { value: '1234' } });
    expect(onComplete).toHaveBeenCalledTimes(2);
    fireEvent.change(input, { target: { value: '5678' } });
    expect(onComplete).toHaveBeenLastCalledWith('5678');
  });

  it('puts the caret after the code on a click where the browser cannot hit-test (jsdom), instead of crashing', () => {
    render(<Field label="Code" defaultValue="12" />);
    const input = screen.getByRole('textbox', { name: 'Code' }) as HTMLInputElement;
    act(() => input.focus());
    input.setSelectionRange(0, 0);
    fireEvent.mouseUp(input, { clientX: 1, clientY: 1 });
    expect(input.selectionStart).toBe(2);
    expect(document.querySelectorAll('[data-vk-otp-slot]')[2]).toHaveAttribute('data-active');
  });

  it('keeps setValue one function that calls the latest options', () => {
    const seen: ((value: string) => void)[] = [];
    const onRender = (setValue: (value: string) => void) => seen.push(setValue);
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender } = render(<Exposed length={4} onComplete={first} onRender={onRender} />);
    rerender(<Exposed length={4} onComplete={latest} onRender={onRender} />);
    act(() => seen[0]?.('12 34'));
    expect(new Set(seen).size).toBe(1);
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('1234');
    expect(latest).toHaveBeenCalledExactlyOnceWith('1234');
    expect(first).not.toHaveBeenCalled();
  });

  it('clamps a nonsensical length to a working field instead of crashing', () => {
    render(<Field label="Code" length={Number.NaN} />);
    expect(document.querySelectorAll('[data-vk-otp-slot]')).toHaveLength(6);
    render(<Field label="Other" length={-3} />);
    expect(document.querySelectorAll('[data-vk-otp-slot]')).toHaveLength(12);
  });

  it('takes null options as none: a six-slot numeric field', () => {
    render(<BareField />);
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveAttribute('inputmode', 'numeric');
    expect(document.querySelectorAll('[data-vk-otp-slot]')).toHaveLength(6);
  });

  it('cleans a controlled value it is given', () => {
    render(<Field label="Code" value="12 34" />);
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('1234');
  });

  it('reads a number or null given as the value as text instead of crashing', () => {
    render(<Field label="Code" value={4321 as never} />);
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('4321');
    render(<Field label="Other" defaultValue={null as never} />);
    expect(screen.getByRole('textbox', { name: 'Other' })).toHaveValue('');
  });

  describe('with webOtp (the browser’s WebOTP API stubbed: jsdom has none)', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'credentials');
    });

    function installWebOtp(code: string) {
      const get = vi.fn(() => Promise.resolve({ code }));
      vi.stubGlobal('OTPCredential', class {});
      Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
      return get;
    }

    it('fills the code from the SMS and completes once', async () => {
      installWebOtp('482913');
      const onComplete = vi.fn();
      render(<Field label="Code" webOtp onComplete={onComplete} />);
      await waitFor(() => expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('482913'));
      expect(onComplete).toHaveBeenCalledExactlyOnceWith('482913');
    });

    it('asks nothing by default, nor once the field holds a code', () => {
      const get = installWebOtp('482913');
      render(<Field label="Code" />);
      render(<Field label="Other" webOtp defaultValue="1" />);
      expect(get).not.toHaveBeenCalled();
    });
  });
});
