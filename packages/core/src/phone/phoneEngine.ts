/**
 * libphonenumber-js's engine — `AsYouType` carries its parser, formatter and validator (12.9 kB min+gz) — in a module
 * of its own, so `loadPhoneMetadata` fetches it with the first numbering plan and the page's first load stays small.
 */
export { AsYouType } from 'libphonenumber-js/core';
