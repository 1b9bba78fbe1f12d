import { describe, expect, it } from 'vitest';
import { basicAuthorization, checkSignature, contentMd5, signRequest } from './sinchSigning';

const key = '669E367E-6BBA-48AB-AF15-266871C28135';
const secret = 'BeIukql3pTKJ8RGL5zo0DA==';
const startBody = '{"identity": {"type": "number", "endpoint": "+46700000000"}, "method": "sms"}';

describe('Sinch application signed requests (vectors from the facts page)', () => {
  it('signs the start request of vector 1', () => {
    expect(contentMd5(startBody)).toBe('c5jl2EZiU6BpQ2QiBOJ/gQ==');
    const headers = signRequest({
      applicationKey: key,
      applicationSecret: secret,
      method: 'POST',
      path: '/verification/v1/verifications',
      contentType: 'application/json',
      body: startBody,
      timestamp: '2014-06-04T13:41:58Z',
    });
    expect(headers).toEqual({
      authorization: `Application ${key}:h6rXrFayOoggyHW4ymnLlfSDkZZPg6j98lHzvOXVjvw=`,
      'x-timestamp': '2014-06-04T13:41:58Z',
      'content-md5': 'c5jl2EZiU6BpQ2QiBOJ/gQ==',
    });
  });

  it('signs vector 1 with an empty body and sends no Content-MD5', () => {
    const headers = signRequest({
      applicationKey: key,
      applicationSecret: secret,
      method: 'POST',
      path: '/verification/v1/verifications',
      contentType: 'application/json',
      body: '',
      timestamp: '2014-06-04T13:41:58Z',
    });
    expect(headers.authorization).toBe(`Application ${key}:srx3SkKXw/ryFJLfwFFzZTigPxR/1+9Ae+eB3olDIjM=`);
    expect(headers['content-md5']).toBeUndefined();
  });

  it('signs the callback of vector 2', () => {
    const body =
      '{"event":"ace","callid":"822aa4b7-05b4-4d83-87c7-1f835ee0b6f6_257","timestamp":"2014-09-24T10:59:41Z","version":1}';
    expect(contentMd5(body)).toBe('REWF+X220L4/Gw1spXOU7g==');
    const headers = signRequest({
      applicationKey: key,
      applicationSecret: secret,
      method: 'POST',
      path: '/sinch/callback/ace',
      contentType: 'application/json',
      body,
      timestamp: '2014-09-24T10:59:41Z',
    });
    expect(headers.authorization).toBe(`Application ${key}:Tg6fMyo8mj9pYfWQ9ssbx3Tc1BNC87IEygAfLbJqZb4=`);
  });

  it('signs vector 3 with a charset in the content type, and as a GET with no body', () => {
    const common = {
      applicationKey: 'my-key-id',
      applicationSecret: btoa('my-key-secret'),
      path: '/path/pathParamValue',
    };
    const post = signRequest({
      ...common,
      method: 'POST',
      contentType: 'application/json; charset=UTF-8',
      body: '{"identity":{"type":"number","endpoint":"+33444555666"},"method":"sms"}',
      timestamp: '2023-11-22T09:10:11.999Z',
    });
    expect(post.authorization).toBe('Application my-key-id:QP3OzQZVzRZAEev6DBLvJkgpiqyZPuXYsc7oyjUV0K8=');
    const get = signRequest({
      ...common,
      method: 'GET',
      contentType: 'application/json',
      timestamp: '2023-11-22T09:10:11.999Z',
    });
    expect(get.authorization).toBe('Application my-key-id:nsrLDvP6KVD/dAxb3IfAncdwjPFJVWSrseEFOcZge+A=');
  });
});

describe('checkSignature', () => {
  const timestamp = '2014-06-04T13:41:58Z';
  const now = Date.parse(timestamp);
  const secretFor = (applicationKey: string) => (applicationKey === key ? secret : undefined);
  function signedHeaders(body: string) {
    const signed = signRequest({
      applicationKey: key,
      applicationSecret: secret,
      method: 'POST',
      path: '/verification/v1/verifications',
      contentType: 'application/json',
      body,
      timestamp,
    });
    return new Headers({ ...signed, 'content-type': 'application/json' });
  }
  const check = (headers: Headers, body: string, at = now) =>
    checkSignature({
      method: 'POST',
      path: '/verification/v1/verifications',
      headers,
      body,
      secretFor,
      now: at,
    });

  it('accepts a correctly signed request', () => {
    const headers = signedHeaders(startBody);
    expect(check(headers, startBody)).toEqual({
      ok: true,
      applicationKey: key,
      scheme: 'application',
      signature: headers.get('authorization')?.split(':').pop(),
      signedAt: Date.parse(headers.get('x-timestamp') ?? ''),
    });
  });

  it('reads the scheme in any case and any whitespace around and after it, as RFC 9110 allows', () => {
    const headers = signedHeaders(startBody);
    const credentials = (headers.get('authorization') ?? '').replace(/^Application /, '');
    for (const authorization of [
      `APPLICATION ${credentials}`,
      `ApPlIcAtIoN ${credentials}`,
      `application   ${credentials}`,
      `Application\t${credentials}`,
      `  Application ${credentials}  `,
    ]) {
      headers.set('authorization', authorization);
      expect(check(headers, startBody)).toMatchObject({ ok: true, applicationKey: key });
    }
    headers.set('authorization', `Application${credentials}`);
    expect(check(headers, startBody)).toEqual({ ok: false, failure: 'malformed_authorization' });
  });

  it('refuses a tampered body', () => {
    const headers = signedHeaders(startBody);
    expect(check(headers, startBody.replace('sms', 'flashcall'))).toEqual({
      ok: false,
      failure: 'content_md5_mismatch',
    });
    headers.delete('content-md5');
    expect(check(headers, startBody.replace('sms', 'flashcall'))).toEqual({
      ok: false,
      failure: 'invalid_signature',
    });
  });

  it('refuses a stale timestamp and accepts one within 15 minutes', () => {
    const headers = signedHeaders(startBody);
    expect(check(headers, startBody, now + 14 * 60_000).ok).toBe(true);
    expect(check(headers, startBody, now + 16 * 60_000)).toEqual({
      ok: false,
      failure: 'stale_timestamp',
    });
  });

  it('names what is missing or malformed', () => {
    expect(check(new Headers(), startBody)).toEqual({ ok: false, failure: 'missing_authorization' });
    expect(check(new Headers({ authorization: 'Bearer x' }), startBody)).toEqual({
      ok: false,
      failure: 'malformed_authorization',
    });
    expect(check(new Headers({ authorization: `Application ${key}:abc` }), startBody)).toEqual({
      ok: false,
      failure: 'missing_timestamp',
    });
    expect(
      check(new Headers({ authorization: 'Application other:abc', 'x-timestamp': timestamp }), ''),
    ).toEqual({
      ok: false,
      failure: 'unknown_key',
    });
  });

  it('accepts Basic only when allowed and only with the right secret', () => {
    const headers = new Headers({ authorization: basicAuthorization(key, secret) });
    const base = { method: 'GET', path: '/x', headers, body: '', secretFor, now };
    expect(checkSignature(base).ok).toBe(false);
    expect(checkSignature({ ...base, allowBasic: true })).toEqual({
      ok: true,
      applicationKey: key,
      scheme: 'basic',
    });
    const wrong = new Headers({ authorization: basicAuthorization(key, 'nope') });
    expect(checkSignature({ ...base, headers: wrong, allowBasic: true })).toEqual({
      ok: false,
      failure: 'invalid_credentials',
    });
  });
});
