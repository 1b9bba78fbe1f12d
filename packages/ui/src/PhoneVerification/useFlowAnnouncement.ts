import { type AnnouncedState, announcementCause } from '@verikit/core';
import type { UsePhoneVerificationResult } from '@verikit/react';
import { useEffect, useRef, useState } from 'react';
import { announcedMilestone, milestoneAnnouncement } from '../announcedMilestone';
import { flowMessages } from '../i18n/flowMessages';
import { useLocalized } from '../i18n/LocaleProvider';
import { phoneVerificationMessages } from './phoneVerificationMessages';

/**
 * What the flow's polite live region says, by core's one `announcementCause` policy: each step change, each new error, countdown milestones (60, 30 and
 * 10 seconds, time up) and the end of the resend cooldown — never every second. The steps inside the drop-in keep
 * their own regions silent (`announce={false}`), so nothing is said twice.
 */
export function useFlowAnnouncement(
  flow: UsePhoneVerificationResult,
  errorMessage: string | undefined,
  isPhoneStep: boolean,
  /** Said before the new step when the flow changed method by itself. */
  fallbackNotice?: string,
  /** The number as people read it (`+46 70 000 01 00`). @default the flow's E.164 */
  displayNumber: string = flow.phoneNumber,
): string {
  const { t, locale } = useLocalized(flowMessages);
  const { t: tFlow } = useLocalized(phoneVerificationMessages);
  const [announcement, setAnnouncement] = useState('');
  const isWaiting = flow.step === 'waiting' && !isPhoneStep;
  const milestone =
    isWaiting && flow.expiresAt !== undefined ? announcedMilestone(flow.secondsLeft) : undefined;
  const canResendNow = isWaiting && flow.canResend;
  const previous = useRef<AnnouncedState | undefined>(undefined);

  useEffect(() => {
    const current = { step: flow.step, error: flow.error, milestone, canResend: canResendNow };
    // The first render only sets the baseline: the drop-in appearing on a page is not news.
    const cause = previous.current === undefined ? undefined : announcementCause(previous.current, current);
    previous.current = current;
    if (cause === 'error') {
      if (errorMessage) setAnnouncement(errorMessage);
    } else if (cause === 'step') {
      if (flow.step === 'waiting' && flow.method && !isPhoneStep) {
        const waiting = t('announce.waiting', { method: flow.method, phone: displayNumber });
        setAnnouncement(fallbackNotice ? `${fallbackNotice} ${waiting}` : waiting);
      } else if (flow.step === 'verifying') setAnnouncement(t('announce.verifying'));
      else if (flow.step === 'verified') setAnnouncement(tFlow('announce.verified'));
    } else if (cause === 'milestone') {
      setAnnouncement(milestoneAnnouncement(milestone as number, t, locale));
    } else if (cause === 'canResend') {
      setAnnouncement(t('announce.canResend'));
    }
  }, [
    flow.step,
    flow.error,
    flow.method,
    milestone,
    canResendNow,
    errorMessage,
    isPhoneStep,
    fallbackNotice,
    displayNumber,
    t,
    tFlow,
    locale,
  ]);
  return announcement;
}
