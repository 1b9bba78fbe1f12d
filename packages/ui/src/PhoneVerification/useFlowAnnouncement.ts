import { formatWaitTime } from '@verikit/core';
import type { UsePhoneVerificationResult } from '@verikit/react';
import { useEffect, useRef, useState } from 'react';
import { useLocalized } from '../i18n/LocaleProvider';
import { phoneVerificationMessages } from './phoneVerificationMessages';

/** Seconds left at which the countdown is announced: often enough to plan, rare enough not to chatter. */
const MILESTONES = [60, 30, 10] as const;

function milestoneOf(secondsLeft: number): number | undefined {
  if (secondsLeft <= 0) return 0;
  return [...MILESTONES].reverse().find((milestone) => secondsLeft <= milestone);
}

/**
 * What the flow's polite live region says: each step change, each new error, countdown milestones (60, 30 and
 * 10 seconds, time up) and the end of the resend cooldown — never every second.
 */
export function useFlowAnnouncement(
  flow: UsePhoneVerificationResult,
  errorMessage: string | undefined,
  isPhoneStep: boolean,
  /** Said before the new step when the flow changed method by itself. */
  fallbackNotice?: string,
): string {
  const { t, locale } = useLocalized(phoneVerificationMessages);
  const [announcement, setAnnouncement] = useState('');
  const isWaiting = flow.step === 'waiting' && !isPhoneStep;
  const milestone = isWaiting && flow.expiresAt !== undefined ? milestoneOf(flow.secondsLeft) : undefined;
  const canResendNow = isWaiting && flow.canResend;
  const previous = useRef({ step: flow.step, error: flow.error, milestone, canResendNow });

  useEffect(() => {
    const before = previous.current;
    previous.current = { step: flow.step, error: flow.error, milestone, canResendNow };
    if (flow.error && flow.error !== before.error && errorMessage) {
      setAnnouncement(errorMessage);
    } else if (flow.step !== before.step) {
      if (flow.step === 'waiting' && flow.method && !isPhoneStep) {
        const waiting = t('announce.waiting', { method: flow.method, phone: flow.phoneNumber });
        setAnnouncement(fallbackNotice ? `${fallbackNotice} ${waiting}` : waiting);
      } else if (flow.step === 'verifying') setAnnouncement(t('announce.verifying'));
      else if (flow.step === 'verified') setAnnouncement(t('announce.verified'));
    } else if (milestone !== undefined && milestone !== before.milestone) {
      setAnnouncement(
        milestone === 0
          ? t('announce.timedOut')
          : t('announce.timeLeft', { time: formatWaitTime(milestone, locale) }),
      );
    } else if (canResendNow && !before.canResendNow) {
      setAnnouncement(t('announce.canResend'));
    }
  }, [
    flow.step,
    flow.error,
    flow.method,
    flow.phoneNumber,
    milestone,
    canResendNow,
    errorMessage,
    isPhoneStep,
    fallbackNotice,
    t,
    locale,
  ]);
  return announcement;
}
