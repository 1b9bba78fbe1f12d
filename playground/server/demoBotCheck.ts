import type { BotCheckFunction, BotCheckOptions } from '@verikit/proxy';

/**
 * The playground's bot check: the proxy's `botCheck` option with a custom verifier for the page's demo widget
 * (`src/DemoBotCheck.tsx`), so the bot-check step works offline, on the emulator. In an app, the verifier is
 * `turnstileVerifier({ secret, siteKey })` or `hcaptchaVerifier(...)` and the widget is theirs (see the ui README).
 *
 * `VERIKIT_PLAYGROUND_BOT_CHECK`: `always` asks every start for a token; `adaptive` only when the proxy's risk is
 * raised (the conversion breaker, a new-country surge); unset or `off`: no bot check.
 */
export function demoBotCheckOf(value: string | undefined): BotCheckOptions | undefined {
  if (value === undefined || value === '' || value === 'off') return undefined;
  if (value !== 'always' && value !== 'adaptive')
    throw new Error(
      `VERIKIT_PLAYGROUND_BOT_CHECK must be always, adaptive or off, got ${JSON.stringify(value)}.`,
    );
  return { verifier: demoBotCheckVerifier, when: value };
}

/** What the demo widget hands a person who ticked "I am a person": the prefix and a random UUID. */
const PERSON_TOKEN = /^demo-person\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Passes the demo widget's person tokens and refuses anything else (its "Act like a bot" token among them). */
export const demoBotCheckVerifier: BotCheckFunction = (token) =>
  PERSON_TOKEN.test(token) ? { success: true } : { success: false, reason: 'not a demo person token' };
