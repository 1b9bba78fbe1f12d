import type { VerificationMethod } from '@verikit/core';
import type { ProxyLimits } from '../proxyLimits';
import type { VerificationProxyOptions } from '../verificationProxyOptions';
import { countryAllowListGuard } from './countryAllowListGuard';
import { methodAllowListGuard } from './methodAllowListGuard';
import { onStartGuard } from './onStartGuard';
import { resendCooldownGuard } from './resendCooldownGuard';
import type { StartGuard } from './startGuard';
import { startsPerIpGuard } from './startsPerIpGuard';
import { startsPerNumberGuard } from './startsPerNumberGuard';

export interface StartGuardSettings {
  allowedMethods: ReadonlySet<VerificationMethod>;
  allowedCountries: ReadonlySet<string> | undefined;
  limits: ProxyLimits;
  onStart: VerificationProxyOptions['onStart'];
}

/** The start path's guards in their order: policy with no store first, then counters, then the app's hook. */
export function createStartGuards(settings: StartGuardSettings): StartGuard[] {
  const { limits } = settings;
  const guards: StartGuard[] = [methodAllowListGuard(settings.allowedMethods)];
  if (settings.allowedCountries) guards.push(countryAllowListGuard(settings.allowedCountries));
  if (limits.startsPerIp) guards.push(startsPerIpGuard(limits.startsPerIp));
  if (limits.startsPerNumber) guards.push(startsPerNumberGuard(limits.startsPerNumber));
  if (limits.resendCooldownSeconds > 0) guards.push(resendCooldownGuard(limits.resendCooldownSeconds));
  if (settings.onStart) guards.push(onStartGuard(settings.onStart));
  return guards;
}
