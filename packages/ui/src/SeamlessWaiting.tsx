import { useEffect, useRef } from 'react';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';
import { partClass } from './partClass';
import { type StepCommonProps, StepFrame } from './StepFrame';

export interface SeamlessWaitingProps extends StepCommonProps {
  /** Move focus to the step's heading when it appears (it has no field). @default true */
  autoFocus?: boolean;
}

/**
 * The seamless step: the device verifies itself over mobile data while this shows progress; after the countdown it
 * says so and offers the fallback methods.
 */
export function SeamlessWaiting(props: SeamlessWaitingProps) {
  const { t } = useLocalized(flowMessages);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const autoFocus = props.autoFocus ?? true;
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const isTimedOut = props.secondsLeft !== undefined && props.secondsLeft <= 0;
  return (
    <StepFrame
      {...props}
      step="seamless"
      heading={t('seamless.heading')}
      leadKey="seamless.lead"
      headingRef={headingRef}
      timedOutNote={t('seamless.timedOut')}
    >
      {isTimedOut ? null : (
        // An indeterminate progress bar: no aria-valuenow, so assistive technology says "busy", not a percentage.
        <div
          role="progressbar"
          aria-label={t('seamless.progress')}
          className={partClass(props.unstyled ?? false, 'vk-progress', undefined)}
        >
          <span className={partClass(props.unstyled ?? false, 'vk-progress__bar', undefined)} />
        </div>
      )}
    </StepFrame>
  );
}
