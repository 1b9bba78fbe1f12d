import { formatWaitTime, type MessageValues } from '@verikit/core';

export { ANNOUNCED_MILESTONES, announcedMilestone } from '@verikit/core';

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
