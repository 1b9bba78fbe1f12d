import { describe, expect, it } from 'vitest';
import { type AnnouncedState, announcedMilestone, announcementCause } from './announcementPolicy';

const waiting: AnnouncedState = { step: 'waiting', error: undefined, milestone: undefined, canResend: false };

describe('the announcement policy', () => {
  it('announces a countdown at 60, 30 and 10 seconds and when time is up, never in between', () => {
    expect([120, 61, 60, 45, 30, 11, 10, 1, 0, -3].map(announcedMilestone)).toEqual([
      undefined,
      undefined,
      60,
      60,
      30,
      30,
      10,
      10,
      0,
      0,
    ]);
  });

  it('says a step when it first shows, and again only when it changes', () => {
    expect(announcementCause(undefined, waiting)).toBe('step');
    expect(announcementCause(waiting, waiting)).toBeUndefined();
    expect(announcementCause(waiting, { ...waiting, step: 'verifying' })).toBe('step');
  });

  it('puts a new error first, even one in the same words as the last', () => {
    const wrong = { ...waiting, error: new Error('That code is not right.') };
    expect(announcementCause(undefined, wrong)).toBe('error');
    expect(announcementCause({ ...waiting, step: 'verifying' }, wrong)).toBe('error');
    expect(announcementCause(wrong, { ...wrong })).toBeUndefined();
    expect(announcementCause(wrong, { ...wrong, error: new Error('That code is not right.') })).toBe('error');
  });

  it('then a new milestone, then the end of the resend cooldown, one thing at a time', () => {
    expect(announcementCause(waiting, { ...waiting, milestone: 60 })).toBe('milestone');
    expect(announcementCause({ ...waiting, milestone: 60 }, { ...waiting, milestone: 60 })).toBeUndefined();
    expect(announcementCause(waiting, { ...waiting, milestone: 30, canResend: true })).toBe('milestone');
    expect(announcementCause(waiting, { ...waiting, canResend: true })).toBe('canResend');
    expect(
      announcementCause({ ...waiting, canResend: true }, { ...waiting, canResend: true }),
    ).toBeUndefined();
  });
});
