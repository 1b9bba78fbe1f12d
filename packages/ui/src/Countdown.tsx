import type { HTMLAttributes } from 'react';
import { formatDuration } from './formatDuration';

export interface CountdownProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Seconds left; the display rounds up to whole seconds. */
  secondsLeft: number;
  /** Locale for the digits. @default the browser's */
  locale?: string;
}

/**
 * A countdown display (`m:ss`) with the `timer` role. Screen readers do not hear every tick: announce milestones
 * through a live region instead.
 */
export function Countdown({ secondsLeft, locale, className, ...rest }: CountdownProps) {
  const isExpired = secondsLeft <= 0;
  return (
    <span
      role="timer"
      className={['vk-countdown', className].filter(Boolean).join(' ')}
      data-expired={isExpired ? '' : undefined}
      dir="ltr"
      {...rest}
    >
      {formatDuration(secondsLeft, locale)}
    </span>
  );
}
