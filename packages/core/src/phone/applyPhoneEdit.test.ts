import { beforeAll, describe, expect, it } from 'vitest';
import { applyPhoneEdit, caretAfterSignificant } from './applyPhoneEdit';
import { loadPhoneMetadata } from './phoneMetadata';
import type { PhoneText } from './readPhoneText';

beforeAll(async () => {
  await Promise.all(['US', 'GB', 'DE'].map((country) => loadPhoneMetadata(country)));
});

/** Types `text` into `field` at `caret` (what the browser does before the input event). */
function typeAt(field: PhoneText, caret: number, text: string) {
  return applyPhoneEdit(field, {
    text: field.text.slice(0, caret) + text + field.text.slice(caret),
    caret: caret + text.length,
    inputType: 'insertText',
  });
}

describe('applyPhoneEdit', () => {
  it('keeps the caret after the typed digit when formatting inserts separators before it', () => {
    const result = typeAt({ text: '201', country: 'US' }, 3, '5');
    expect(result.text).toBe('(201) 5');
    expect(result.caret).toBe(7);
  });

  it('keeps the caret after a digit typed in the middle', () => {
    const result = typeAt({ text: '(201) 555-012', country: 'US' }, 2, '9');
    expect(result.text).toBe('(290) 155-5012');
    expect(result.caret).toBe(3);
  });

  it('deletes the digit before a separator when Backspace deletes only the separator', () => {
    // "(201) 555-0123" with the caret after "-": the browser removes "-".
    const result = applyPhoneEdit(
      { text: '(201) 555-0123', country: 'US' },
      { text: '(201) 5550123', caret: 9, inputType: 'deleteContentBackward' },
    );
    expect(result.text).toBe('(201) 550-123');
    expect(result.caret).toBe(8);
  });

  it('deletes the digit after a separator when Delete deletes only the separator', () => {
    const result = applyPhoneEdit(
      { text: '020 7946 0958', country: 'GB' },
      { text: '0207946 0958', caret: 3, inputType: 'deleteContentForward' },
    );
    expect(result.text).toBe('020 9460 958');
    expect(result.caret).toBe(3);
  });

  it('reads 00 as the international prefix and switches country', () => {
    const result = applyPhoneEdit(
      { text: '', country: 'US' },
      { text: '0044 20 7946 0958', caret: 17, inputType: 'insertFromPaste' },
    );
    expect(result).toMatchObject({ text: '+44 20 7946 0958', country: 'GB', e164: '+442079460958' });
    expect(result.caret).toBe(result.text.length);
  });

  it("reads the country's own international prefix in a pasted or autofilled number (011 in the US)", () => {
    const result = applyPhoneEdit({ text: '', country: 'US' }, { text: '011 49 30 123456', caret: 16 });
    expect(result).toMatchObject({ country: 'DE', e164: '+4930123456' });
  });

  it('accepts dots, dashes and brackets in a paste', () => {
    for (const pasted of ['+44.20.7946.0958', '+44-20-7946-0958', '+44 (0)20 7946 0958'.replace('(0)', '')]) {
      const result = applyPhoneEdit(
        { text: '', country: 'DE' },
        { text: pasted, caret: pasted.length, inputType: 'insertFromPaste' },
      );
      expect(result, pasted).toMatchObject({ text: '+44 20 7946 0958', country: 'GB' });
    }
  });

  it('drops a + typed anywhere but the start', () => {
    expect(typeAt({ text: '(201) 5', country: 'US' }, 7, '+').text).toBe('(201) 5');
  });
});

describe('caretAfterSignificant', () => {
  it('counts digits, not characters, and moves past trailing formatting at the end', () => {
    expect(caretAfterSignificant('(201) 555-0123', 0)).toBe(0);
    expect(caretAfterSignificant('(201) 555-0123', 3)).toBe(4);
    expect(caretAfterSignificant('(201) 555-0123', 4)).toBe(7);
    expect(caretAfterSignificant('(201) 555-0123', 10)).toBe(14);
    expect(caretAfterSignificant('+44 20', 1)).toBe(1);
  });
});
