/**
 * libphonenumber-js's engine — `AsYouType` carries its parser, formatter and validator — in a module of its own, so
 * `loadPhoneMetadata` fetches it with the first numbering plan and the page's first load stays small.
 *
 * From `libphonenumber-js/core/es6`, the package's documented build for ES2015+ browsers (its `es6-modern` output):
 * the same code without the ES5 down-levelling and Babel helpers every module of the default build repeats —
 * 10.3 kB min+gz instead of 12.9 kB. verikit targets ES2022 already (private class fields).
 */
export { AsYouType } from 'libphonenumber-js/core/es6';
