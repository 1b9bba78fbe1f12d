import { loadPhoneMetadata } from '@verikit/core/phone';
import { describe, expect, it } from 'vitest';
import { displayPhoneNumber } from './displayPhoneNumber';

describe('displayPhoneNumber', () => {
  it('groups a number the way people write it internationally, once the phone field has loaded its plan', async () => {
    await Promise.all([loadPhoneMetadata('SE'), loadPhoneMetadata('GB'), loadPhoneMetadata('US')]);
    expect(displayPhoneNumber('+46700000100')).toBe('+46 70 000 01 00');
    expect(displayPhoneNumber('+442079460958')).toBe('+44 20 7946 0958');
    expect(displayPhoneNumber('+12015550123')).toBe('+1 201 555 0123');
  });

  it('gives back what it cannot format instead of failing', () => {
    expect(displayPhoneNumber('')).toBe('');
    expect(displayPhoneNumber('not a number')).toBe('not a number');
  });
});
