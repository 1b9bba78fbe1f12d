import { SINCH_ERROR_CODES } from '@verikit/core';
import { describe, expect, it } from 'vitest';
import { httpStatusOf, sinchErrorResponse } from './sinchErrorResponse';

describe('Sinch error answers', () => {
  it('pairs every error code with the HTTP status Sinch sends', () => {
    expect(httpStatusOf(SINCH_ERROR_CODES.parameterValidation)).toBe(400);
    expect(httpStatusOf(SINCH_ERROR_CODES.invalidSignature)).toBe(401);
    expect(httpStatusOf(SINCH_ERROR_CODES.resourceNotFound)).toBe(404);
    expect(httpStatusOf(SINCH_ERROR_CODES.velocityConstraint)).toBe(429);
    expect(httpStatusOf(SINCH_ERROR_CODES.temporarilyDown)).toBe(503);
  });

  it('answers with Sinch’s JSON body', async () => {
    const response = sinchErrorResponse(40001, 'Number +4813 is invalid. Too short.');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errorCode: 40001,
      message: 'Number +4813 is invalid. Too short.',
    });
  });
});
