import type { BotCheckChallenge } from '@verikit/core';
import type { ProxyFailure } from '../proxyFailure';

/** A token is needed: none was sent while the risk is raised (or `when` is `'always'`). */
export function botCheckRequired(challenge: BotCheckChallenge, logMessage: string): ProxyFailure {
  return {
    code: 'bot_check_required',
    message: 'Solve the bot check, then start again with its token',
    botCheck: challenge,
    logMessage,
  };
}

/** The verifier refused the token, or it was used before. */
export function botCheckFailed(challenge: BotCheckChallenge, logMessage: string): ProxyFailure {
  return {
    code: 'bot_check_failed',
    message: 'The bot-check token was refused; solve the check again',
    botCheck: challenge,
    logMessage,
  };
}
