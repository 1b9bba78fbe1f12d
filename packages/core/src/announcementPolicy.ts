/** Seconds left at which a countdown is announced: often enough to plan, rare enough not to chatter. */
export const ANNOUNCED_MILESTONES = [60, 30, 10] as const;

/**
 * The milestone a countdown has reached: the smallest of 60, 30 and 10 seconds it is within, `0` once time is up,
 * `undefined` above a minute. A live region speaks when this changes, never every second.
 */
export function announcedMilestone(secondsLeft: number): number | undefined {
  if (secondsLeft <= 0) return 0;
  return [...ANNOUNCED_MILESTONES].reverse().find((milestone) => secondsLeft <= milestone);
}

/** What a polite live region watches, as the UI shows it. */
export interface AnnouncedState {
  /** The step on screen (`phone`, `waiting`, `verifying`, `verified`, …): a new one is announced. */
  step: string;
  /** The error on screen (the error itself, or its words): a new one is announced, even in the same words. */
  error: unknown;
  /** `announcedMilestone` of the countdown on screen; `undefined` without one. */
  milestone: number | undefined;
  /** Resend is offered and its cooldown is over. */
  canResend: boolean;
}

/** Why the live region speaks. */
export type AnnouncementCause = 'error' | 'step' | 'milestone' | 'canResend';

/**
 * The one announcement policy, for the drop-in's live region and a waiting step's own: a new error first; else a
 * step that appeared or changed; else a countdown milestone (60, 30, 10 seconds, time up); else the end of the
 * resend cooldown. One thing at a time, and never every second. `previous` is `undefined` when the region first
 * shows.
 */
export function announcementCause(
  previous: AnnouncedState | undefined,
  current: AnnouncedState,
): AnnouncementCause | undefined {
  if (current.error !== undefined && current.error !== previous?.error) return 'error';
  if (current.step !== previous?.step) return 'step';
  if (current.milestone !== undefined && current.milestone !== previous.milestone) return 'milestone';
  if (current.canResend && !previous.canResend) return 'canResend';
  return undefined;
}
