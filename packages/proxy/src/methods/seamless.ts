import { invalid } from '../parseResult';
import type { ProxyMethod } from './proxyMethod';

/** Seamless: no options on start, and no report (the device's own request settles it; the status tells). */
export const seamless: ProxyMethod = {
  optionsKey: undefined,
  parseReport: () => invalid('A seamless verification has no report: poll its status instead'),
};
