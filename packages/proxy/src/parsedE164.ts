import { type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Numbers parsed lately, oldest first: enough for the parses of the starts in flight. */
const recent = new Map<string, PhoneNumber | undefined>();
const MOST_RECENT = 64;

/**
 * `parsePhoneNumberFromString` with the full metadata, remembered for the last few numbers: a start's number is
 * parsed by the start parser, then by each guard that needs its country, prefix or type (budgets, breaker, bot
 * check, number types), at some 4 µs each on Node 20 (scripts/bench.ts). Nothing in the proxy changes a
 * `PhoneNumber`, so one can be shared.
 */
export function parsedE164(text: string): PhoneNumber | undefined {
  if (recent.has(text)) return recent.get(text);
  const parsed = parsePhoneNumberFromString(text);
  if (recent.size >= MOST_RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(text, parsed);
  return parsed;
}
