/** `+46700000042` → `+467******42`: enough to tell numbers apart in logs, too little to call them. */
export function redactPhoneNumber(e164: string): string {
  if (e164.length <= 6) return '*'.repeat(e164.length);
  return `${e164.slice(0, 4)}${'*'.repeat(e164.length - 6)}${e164.slice(-2)}`;
}
