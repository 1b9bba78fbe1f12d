import type { BotCheckSlotProps } from '@verikit/ui';

/**
 * The playground's bot-check widget, rendered into PhoneVerification's `renderBotCheck` slot. It stands in for
 * Cloudflare Turnstile or hCaptcha, whose scripts need the internet: same callbacks, a token the playground's
 * custom verifier checks (`server/demoBotCheck.ts`). "Act like a bot" sends a token the verifier refuses.
 */
export function DemoBotCheck({ challenge, onToken, isBusy }: BotCheckSlotProps) {
  return (
    <fieldset className="demo-bot-check" disabled={isBusy} data-provider={challenge.provider}>
      <legend>Demo bot check (offline stand-in for Turnstile or hCaptcha)</legend>
      <label>
        <input
          type="checkbox"
          onChange={(event) => {
            if (event.target.checked) onToken(`demo-person.${crypto.randomUUID()}`);
          }}
        />
        I am a person
      </label>
      <button type="button" onClick={() => onToken(`demo-bot.${crypto.randomUUID()}`)}>
        Act like a bot
      </button>
    </fieldset>
  );
}
