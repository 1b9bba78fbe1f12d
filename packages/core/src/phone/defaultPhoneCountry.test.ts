import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPhoneCountry } from './defaultPhoneCountry';

// The browser's own preferences, as a page reads them with no argument.
function prefer(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

afterEach(() => vi.restoreAllMocks());

describe('defaultPhoneCountry from the browser', () => {
  it('reads navigator.languages when given nothing', () => {
    prefer(['de-AT', 'de', 'en']);
    expect(defaultPhoneCountry()).toBe('AT');
    prefer(['sv', 'en-GB']);
    expect(defaultPhoneCountry()).toBe('GB');
    prefer(['ar']);
    expect(defaultPhoneCountry()).toBe('EG');
  });

  it('falls back to navigator.language, and to nothing when the browser says nothing', () => {
    prefer([]);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-CA');
    expect(defaultPhoneCountry()).toBe('CA');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('');
    expect(defaultPhoneCountry()).toBeUndefined();
  });
});
