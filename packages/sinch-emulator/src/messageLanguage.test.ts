import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, pickLanguage, speechFor } from './messageLanguage';

describe('message language', () => {
  it('orders Accept-Language by q-weight, keeping header order for ties and dropping q=0', () => {
    expect(parseAcceptLanguage('fr;q=0.5, de-CH, en;q=0.8, es;q=0')).toEqual(['de-CH', 'en', 'fr']);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage('!!!, sv')).toEqual(['sv']);
  });

  it('picks the exact tag, else the same language, else US English', () => {
    expect(pickLanguage(['pt-BR'])).toBe('pt-BR');
    expect(pickLanguage(['pt-PT'])).toBe('pt-BR');
    expect(pickLanguage(['xx', 'DE'])).toBe('de-DE');
    expect(pickLanguage(['ja-JP'])).toBe('en-US');
  });

  it('reads a callout code character by character', () => {
    expect(speechFor('en-US', '4821')).toBe('Your verification code is 4, 8, 2, 1.');
  });
});
