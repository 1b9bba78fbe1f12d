import { type AnnouncedState, announcementCause, type VerificationMethod } from '@verikit/core';
import { useEffect, useRef, useState } from 'react';
import { announcedMilestone, milestoneAnnouncement } from './announcedMilestone';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';

export interface StepAnnouncementState {
  step: VerificationMethod;
  /** The number as people read it. */
  phone: string;
  secondsLeft: number | undefined;
  /** A resend is offered and its cooldown is over. */
  canResend: boolean;
  /** The error shown in the step, in words. */
  error: string | undefined;
  isVerifying: boolean;
}

/**
 * What a waiting step used on its own says in its polite live region, by core's one `announcementCause` policy:
 * that it appeared (what was sent, to which number), each new error, "Checking…", the countdown's milestones (60,
 * 30 and 10 seconds, time up) and the end of the resend cooldown — never every second. `''` until there is something to say, and always `''` when
 * `isEnabled` is false (inside the drop-in, whose own region speaks for the whole flow).
 */
export function useStepAnnouncement(state: StepAnnouncementState, isEnabled: boolean): string {
  const { t, locale } = useLocalized(flowMessages);
  const [announcement, setAnnouncement] = useState('');
  const { step, phone, error, isVerifying } = state;
  const milestone = state.secondsLeft === undefined ? undefined : announcedMilestone(state.secondsLeft);
  const canResend = state.canResend;
  const previous = useRef<AnnouncedState | undefined>(undefined);

  useEffect(() => {
    if (!isEnabled) return;
    const current = { step: isVerifying ? 'verifying' : 'waiting', error, milestone, canResend };
    const cause = announcementCause(previous.current, current);
    previous.current = current;
    // The region was rendered empty, so what it first says is announced.
    if (cause === 'error') setAnnouncement(error as string);
    else if (cause === 'step')
      setAnnouncement(isVerifying ? t('announce.verifying') : t('announce.waiting', { method: step, phone }));
    else if (cause === 'milestone') setAnnouncement(milestoneAnnouncement(milestone as number, t, locale));
    else if (cause === 'canResend') setAnnouncement(t('announce.canResend'));
  }, [isEnabled, step, phone, error, isVerifying, milestone, canResend, t, locale]);

  return isEnabled ? announcement : '';
}
