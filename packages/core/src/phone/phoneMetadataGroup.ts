import type { MetadataJson } from 'libphonenumber-js/core';

/** libphonenumber-js metadata for one country calling code: the exact slice of its `min` metadata. */
export type PhoneMetadataGroup = MetadataJson;
