/** `HH:MM:SS` → seconds; `undefined` for anything else or a zero duration. */
export function parseDuration(value: string): number | undefined {
  const match = /^(\d{2}):([0-5]\d):([0-5]\d)$/.exec(value);
  if (!match) return undefined;
  const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  return seconds > 0 ? seconds : undefined;
}

/** Seconds → `HH:MM:SS`. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/** Sinch's `verificationTimestamp` format: UTC with seven fractional digits and no zone, `2024-05-22T09:38:59.5590437`. */
export function sinchTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, -1)}0000`;
}
