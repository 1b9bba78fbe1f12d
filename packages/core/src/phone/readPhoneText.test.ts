import { beforeAll, describe, expect, it } from 'vitest';
import { loadPhoneMetadata } from './phoneMetadata';
import { phoneTextFromE164, readPhoneText, significantCharacters } from './readPhoneText';

beforeAll(async () => {
  await Promise.all(['US', 'GB', 'DE', 'SE', 'IN', 'BR', 'JP'].map((country) => loadPhoneMetadata(country)));
});

describe('significantCharacters', () => {
  it('keeps digits and a leading +, in ASCII, whatever the formatting', () => {
    expect(significantCharacters('+44 (20) 7946-0958')).toBe('+442079460958');
    expect(significantCharacters('+44.20.7946.0958')).toBe('+442079460958');
    expect(significantCharacters('٠٧٩٤٦')).toBe('07946');
    expect(significantCharacters('＋４４')).toBe('+44');
    expect(significantCharacters('12+34')).toBe('1234');
  });
});

describe('readPhoneText', () => {
  it('formats a national number in the selected country and gives its E.164 value', () => {
    const reading = readPhoneText('2015550123', 'US');
    expect(reading).toMatchObject({
      text: '(201) 555-0123',
      e164: '+12015550123',
      status: 'valid',
      country: 'US',
    });
  });

  it('picks the country of an international number', () => {
    expect(readPhoneText('+442079460958', 'US')).toMatchObject({
      text: '+44 20 7946 0958',
      country: 'GB',
      callingCode: '44',
      e164: '+442079460958',
      status: 'valid',
    });
  });

  it('keeps the current country while a shared calling code is still ambiguous, then follows the digits', () => {
    expect(readPhoneText('+1204', 'US').country).toBe('US');
    expect(readPhoneText('+12042345678', 'US').country).toBe('CA');
  });

  it('gives a possible-but-not-valid number an E.164 value and the non-blocking not-valid status', () => {
    const reading = readPhoneText('9995550123', 'US');
    expect(reading).toMatchObject({
      status: 'not-valid',
      isPossible: true,
      isValid: false,
      e164: '+19995550123',
    });
    expect(readPhoneText('0740012345', 'GB')).toMatchObject({ status: 'not-valid', e164: '+44740012345' });
  });

  it('gives no value for numbers that cannot be possible, with the reason', () => {
    expect(readPhoneText('201555012', 'US')).toMatchObject({ status: 'too-short', e164: undefined });
    expect(readPhoneText('20155501234', 'US')).toMatchObject({ status: 'too-long', e164: undefined });
    expect(readPhoneText('+999123', 'US')).toMatchObject({ status: 'invalid-country-code', e164: undefined });
    expect(readPhoneText('+9', 'US')).toMatchObject({ status: 'too-short' });
    expect(readPhoneText('2015550123', undefined)).toMatchObject({ status: 'no-country', e164: undefined });
    expect(readPhoneText('', 'US')).toMatchObject({ status: 'empty', text: '' });
  });

  it('reports the plan it is waiting for instead of guessing', () => {
    expect(readPhoneText('+97699112233', 'US')).toMatchObject({
      status: 'pending',
      missingMetadata: '976',
      country: 'MN',
      text: '+97699112233',
    });
  });
});

describe('phoneTextFromE164', () => {
  it('shows a value in its national format with its country', () => {
    expect(phoneTextFromE164('+442079460958')).toMatchObject({ text: '020 7946 0958', country: 'GB' });
    expect(phoneTextFromE164('+12042345678')).toMatchObject({ text: '(204) 234-5678', country: 'CA' });
  });

  it('refuses what is not an international number', () => {
    expect(phoneTextFromE164('2015550123')).toBeUndefined();
    expect(phoneTextFromE164('+999')).toBeUndefined();
  });
});

describe('non-geographic numbers', () => {
  it('reads a +800 freephone number once its plan is loaded, with no country', async () => {
    const { loadPhoneMetadata: load } = await import('./phoneMetadata');
    await load('800');
    expect(readPhoneText('+80012345678', 'US')).toMatchObject({
      status: 'valid',
      country: undefined,
      e164: '+80012345678',
    });
  });
});
