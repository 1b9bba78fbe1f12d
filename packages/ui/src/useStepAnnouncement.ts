import type { VerificationMethod } from '@verikit/core';
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
 * What a waiting step used on its own says in its polite live region: that it appeared (what was sent, to which
 * number), each new error, "Checking…", the countdown's milestones (60, 30 and 10 seconds, time up) and the end of
 * the resend cooldown — never every second. `''` until there is something to say, and always `''` when
 * `isEnabled` is false (inside the drop-in, whose own region speaks for the whole flow).
 */
export function useStepAnnouncement(state: StepAnnouncementState, isEnabled: boolean): string {
  const { t, locale } = useLocalized(flowMessages);
  const [announcement, setAnnouncement] = useState('');
  const { step, phone, error, isVerifying } = state;
  const milestone = state.secondsLeft === undefined ? undefined : announcedMilestone(state.secondsLeft);
  const canResend = state.canResend;
  const previous = useRef<{
    error?: string;
    isVerifying: boolean;
    milestone?: number;
    canResend: boolean;
  } | null>(null);

  useEffect(() => {
    if (!isEnabled) return;
    const before = previous.current;
    previous.current = { error, isVerifying, milestone, canResend };
    if (before === null) {
      // The step just appeared: the region was rendered empty, so this change is announced.
      setAnnouncement(error ?? t('announce.waiting', { method: step, phone }));
    } else if (error && error !== before.error) {
      setAnnouncement(error);
    } else if (isVerifying && !before.isVerifying) {
      setAnnouncement(t('announce.verifying'));
    } else if (milestone !== undefined && milestone !== before.milestone) {
      setAnnouncement(milestoneAnnouncement(milestone, t, locale));
    } else if (canResend && !before.canResend) {
      setAnnouncement(t('announce.canResend'));
    }
  }, [isEnabled, step, phone, error, isVerifying, milestone, canResend, t, locale]);

  return isEnabled ? announcement : '';
}
