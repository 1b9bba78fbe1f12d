import { formatWaitTime, type MessageValues } from '@verikit/core';

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

/** What a live region says at a milestone: "Time is up." at `0`, else the time left, in the page's language. */
export function milestoneAnnouncement(
  milestone: number,
  t: (key: string, values?: MessageValues) => string,
  locale: string,
): string {
  return milestone === 0
    ? t('announce.timedOut')
    : t('announce.timeLeft', { time: formatWaitTime(milestone, locale) });
}
