/**
 * `m:ss` for a countdown ("0:42", "1:05"), with digits in the locale's numbering system.
 * Negative and fractional input rounds up to whole seconds and never goes below zero.
 */
export function formatDuration(totalSeconds: number, locale?: string): string {
  const seconds = Number.isFinite(totalSeconds) ? Math.max(0, Math.ceil(totalSeconds)) : 0;
  const minutesPart = new Intl.NumberFormat(locale, { useGrouping: false }).format(Math.floor(seconds / 60));
  const secondsPart = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }).format(
    seconds % 60,
  );
  return `${minutesPart}:${secondsPart}`;
}
