import type { AsYouType, CountryCode, MetadataJson } from 'libphonenumber-js/core';
import { metadataLoaders } from './metadata/loaders';
import { callingCodeCountries, callingCodeOf } from './phoneCountries';
import type { PhoneMetadataGroup } from './phoneMetadataGroup';

/**
 * The numbering plans loaded so far, merged into one libphonenumber-js metadata object. It starts empty and grows one
 * group at a time (`loadPhoneMetadata('GB')` fetches the `+44` chunk; `'PT'` the `+35x` one), so a page pays only for
 * the countries it meets. A module-level cache, like the module registry itself: loaded plans never change.
 */
let metadata: MetadataJson = { version: 4, country_calling_codes: {}, countries: {}, nonGeographic: {} };
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** libphonenumber-js's engine, loaded with the first plan (see `phoneEngine.ts`). */
export interface PhoneEngine {
  AsYouType: typeof AsYouType;
}
let engine: PhoneEngine | undefined;
/**
 * Group keys (a calling code's first two digits, see scripts/phoneMetadataFiles.ts) in the order `metadataLoaders`
 * lists them: the order groups first appear among the calling codes.
 */
const groupKeys = [...new Set(Object.keys(callingCodeCountries).map((code) => code.slice(0, 2)))];
let enginePending: Promise<void> | undefined;

function notify(): void {
  for (const listener of listeners) listener();
}

function loadPhoneEngine(): Promise<void> {
  if (engine) return Promise.resolve();
  enginePending ??= import('./phoneEngine').then(
    (module) => {
      engine = module;
      // A new snapshot, so subscribers re-read their numbers now that they can be formatted.
      metadata = { ...metadata };
      notify();
    },
    (error: unknown) => {
      enginePending = undefined;
      throw error;
    },
  );
  return enginePending;
}

/** The engine once loaded, else `undefined` (readers then report `pending`). */
export function getPhoneEngine(): PhoneEngine | undefined {
  return engine;
}

function toCallingCode(countryOrCallingCode: string): string | undefined {
  const code = countryOrCallingCode.replace(/^\+/, '');
  if (/^\d+$/.test(code)) return code in callingCodeCountries ? code : undefined;
  return callingCodeOf(code as CountryCode);
}

/** Adds a group to the merged metadata. Exported for apps that bundle a group statically (no loading flash). */
export function registerPhoneMetadata(group: PhoneMetadataGroup): void {
  metadata = {
    version: group.version,
    country_calling_codes: { ...metadata.country_calling_codes, ...group.country_calling_codes },
    countries: { ...metadata.countries, ...group.countries },
    nonGeographic: { ...metadata.nonGeographic, ...group.nonGeographic },
  };
  notify();
  // A statically bundled group still needs the engine; a failure here resurfaces on the next loadPhoneMetadata.
  loadPhoneEngine().catch(() => {});
}

/** Whether numbers of a country (`'GB'`) or calling code (`'44'`) can be read now: its plan and the engine are loaded. */
export function hasPhoneMetadata(countryOrCallingCode: string): boolean {
  const code = toCallingCode(countryOrCallingCode);
  return code !== undefined && isLoaded(code) && engine !== undefined;
}

function isLoaded(callingCode: string): boolean {
  return callingCode in metadata.country_calling_codes || callingCode in metadata.nonGeographic;
}

/**
 * Loads the numbering plans of a country (`'GB'`) or calling code (`'44'`, `'+44'`) and every country that shares
 * its code — and, the first time, libphonenumber-js's engine. Resolves at once when loaded; concurrent calls share one request; a failed load (offline chunk) rejects
 * and may be retried. Rejects with a `RangeError` for an unknown country or code.
 */
export function loadPhoneMetadata(countryOrCallingCode: string): Promise<void> {
  const code = toCallingCode(countryOrCallingCode);
  const group = code?.slice(0, 2);
  const load = group === undefined ? undefined : metadataLoaders[groupKeys.indexOf(group)];
  if (code === undefined || load === undefined) {
    return Promise.reject(new RangeError(`Unknown country or calling code: ${countryOrCallingCode}`));
  }
  if (isLoaded(code)) return loadPhoneEngine();
  let promise = pending.get(group as string);
  if (!promise) {
    promise = load().then(
      (module) => {
        pending.delete(group as string);
        registerPhoneMetadata(module.default);
      },
      (error: unknown) => {
        pending.delete(group as string);
        throw error;
      },
    );
    pending.set(group as string, promise);
  }
  return Promise.all([promise, loadPhoneEngine()]).then(() => undefined);
}

/** The merged metadata of every group loaded so far; a new object after each load (a snapshot). */
export function getPhoneMetadata(): MetadataJson {
  return metadata;
}

/** Calls `listener` after each group loads; returns the unsubscribe function (`useSyncExternalStore` shape). */
export function subscribePhoneMetadata(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
