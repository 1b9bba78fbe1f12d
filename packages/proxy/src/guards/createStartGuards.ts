import type { VerificationMethod } from '@verikit/core';
import type { ResolvedBotCheck } from '../botCheck/botCheckOptions';
import type { ProxyLimits } from '../proxyLimits';
import type { ResolvedTestNumber } from '../testNumbers/testNumber';
import { testNumberGuard } from '../testNumbers/testNumberGuard';
import type { VerificationProxyOptions } from '../verificationProxyOptions';
import { botCheckGuard } from './botCheckGuard';
import { conversionBreakerGuard } from './conversionBreakerGuard';
import type { ConversionBreakerOptions } from './conversionBreakerOptions';
import { countryAllowListGuard } from './countryAllowListGuard';
import { methodAllowListGuard } from './methodAllowListGuard';
import { numberTypeGuard } from './numberTypeGuard';
import type { ResolvedNumberTypePolicy } from './numberTypePolicy';
import { onStartGuard } from './onStartGuard';
import { resendCooldownGuard } from './resendCooldownGuard';
import type { StartBudgets } from './startBudgets';
import { startBudgetsGuard } from './startBudgetsGuard';
import type { StartGuard } from './startGuard';
import { startsPerIpGuard, type UnknownClientIpMode } from './startsPerIpGuard';
import { startsPerNumberGuard } from './startsPerNumberGuard';

export interface StartGuardSettings {
  allowedMethods: ReadonlySet<VerificationMethod>;
  allowedCountries: ReadonlySet<string> | undefined;
  numberTypes: ResolvedNumberTypePolicy | undefined;
  limits: ProxyLimits;
  unknownClientIp: UnknownClientIpMode;
  budgets: StartBudgets | undefined;
  breaker: ConversionBreakerOptions | undefined;
  botCheck: ResolvedBotCheck | undefined;
  onStart: VerificationProxyOptions['onStart'];
  testNumbers: ReadonlyMap<string, ResolvedTestNumber>;
}

/**
 * The start path's guards in their order, cheapest first: policy with no store (method, country, number type), the
 * per-IP counters, the bot check (before anything a botnet without tokens could drain), the per-number counters, the
 * aggregate budgets, the conversion breaker, then the app's hook.
 */
export function createStartGuards(settings: StartGuardSettings): StartGuard[] {
  const { limits } = settings;
  const guards: StartGuard[] = [methodAllowListGuard(settings.allowedMethods)];
  if (settings.testNumbers.size > 0) guards.push(testNumberGuard(settings.testNumbers));
  if (settings.allowedCountries) guards.push(countryAllowListGuard(settings.allowedCountries));
  if (settings.numberTypes) guards.push(numberTypeGuard(settings.numberTypes));
  if (limits.startsPerIp || limits.startsPerIpv6Site)
    guards.push(startsPerIpGuard(limits.startsPerIp, limits.startsPerIpv6Site, settings.unknownClientIp));
  if (settings.botCheck) guards.push(botCheckGuard(settings.botCheck, settings.breaker));
  if (limits.startsPerNumber) guards.push(startsPerNumberGuard(limits.startsPerNumber));
  if (limits.resendCooldownSeconds > 0) guards.push(resendCooldownGuard(limits.resendCooldownSeconds));
  if (settings.budgets) guards.push(startBudgetsGuard(settings.budgets));
  if (settings.breaker)
    guards.push(conversionBreakerGuard(settings.breaker, settings.botCheck?.askBelowConversionRate));
  if (settings.onStart) guards.push(onStartGuard(settings.onStart));
  return guards;
}
