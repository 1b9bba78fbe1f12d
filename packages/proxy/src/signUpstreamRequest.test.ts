// @vitest-environment node
import { signRequest } from '@verikit/core/sinch-signing';
import { describe, expect, it } from 'vitest';
import { base64ToBytesOrUndefined } from './base64ToBytesOrUndefined';
import { signUpstreamRequest } from './signUpstreamRequest';

// The vectors of shared/design/sinch-api.md.
const key = '669E367E-6BBA-48AB-AF15-266871C28135';
const secretBytes = base64ToBytesOrUndefined('BeIukql3pTKJ8RGL5zo0DA==') ?? new Uint8Array();

describe('signing the upstream request', () => {
  it('matches vector 1: a start, and the same with an empty body', () => {
    const base = {
      applicationKey: key,
      secretBytes,
      method: 'POST',
      path: '/verification/v1/verifications',
      contentType: 'application/json',
      timestamp: '2014-06-04T13:41:58Z',
    };
    expect(
      signUpstreamRequest({
        ...base,
        body: '{"identity": {"type": "number", "endpoint": "+46700000000"}, "method": "sms"}',
      }),
    ).toEqual({
      authorization: `Application ${key}:h6rXrFayOoggyHW4ymnLlfSDkZZPg6j98lHzvOXVjvw=`,
      'x-timestamp': '2014-06-04T13:41:58Z',
      'content-md5': 'c5jl2EZiU6BpQ2QiBOJ/gQ==',
    });
    expect(signUpstreamRequest({ ...base, body: undefined })).toEqual({
      authorization: `Application ${key}:srx3SkKXw/ryFJLfwFFzZTigPxR/1+9Ae+eB3olDIjM=`,
      'x-timestamp': '2014-06-04T13:41:58Z',
    });
  });

  it('matches vector 3: a charset in the content type, and a GET', () => {
    const base = {
      applicationKey: 'my-key-id',
      secretBytes: new TextEncoder().encode('my-key-secret'),
      path: '/path/pathParamValue',
      timestamp: '2023-11-22T09:10:11.999Z',
    };
    expect(
      signUpstreamRequest({
        ...base,
        method: 'POST',
        contentType: 'application/json; charset=UTF-8',
        body: '{"identity":{"type":"number","endpoint":"+33444555666"},"method":"sms"}',
      }).authorization,
    ).toBe('Application my-key-id:QP3OzQZVzRZAEev6DBLvJkgpiqyZPuXYsc7oyjUV0K8=');
    expect(
      signUpstreamRequest({ ...base, method: 'GET', contentType: 'application/json', body: undefined })
        .authorization,
    ).toBe('Application my-key-id:nsrLDvP6KVD/dAxb3IfAncdwjPFJVWSrseEFOcZge+A=');
  });

  it("agrees with @verikit/core's signRequest on a report by number", async () => {
    const input = {
      method: 'PUT',
      path: '/verification/v1/verifications/number/+46700000000',
      contentType: 'application/json; charset=utf-8',
      body: '{"method":"sms","sms":{"code":"1234"}}',
      timestamp: '2026-01-01T00:00:00.000Z',
    };
    expect(signUpstreamRequest({ applicationKey: key, secretBytes, ...input })).toEqual(
      await signRequest({ applicationKey: key, applicationSecret: 'BeIukql3pTKJ8RGL5zo0DA==', ...input }),
    );
  });
});
