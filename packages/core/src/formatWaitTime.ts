/**
 * A wait in words for messages ("30 seconds", "2 minutes", "1 hour"), localised by `Intl.NumberFormat`'s units.
 * Rounded up to the largest whole unit so the person never retries too early.
 */
export function formatWaitTime(seconds: number, locale?: string): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const [value, unit] =
    whole < 60
      ? [whole, 'second']
      : whole < 3600
        ? [Math.ceil(whole / 60), 'minute']
        : [Math.ceil(whole / 3600), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
