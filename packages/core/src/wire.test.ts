import { describe, expect, it } from 'vitest';
import { methodFromWire, methodToWire } from './wire';

describe('method spellings', () => {
  it('accepts flashCall in any case and answers flashcall', () => {
    for (const spelling of ['flashCall', 'flashcall', 'FLASHCALL', 'FlashCall'])
      expect(methodToWire(spelling)).toBe('flashcall');
    expect(methodFromWire('flashcall')).toBe('flashCall');
  });

  it('refuses unknown methods', () => {
    expect(methodToWire('whatsapp')).toBeUndefined();
    expect(methodToWire('')).toBeUndefined();
  });
});
