import {
  applyPhoneEdit,
  type CountryCode,
  callingCodeOf,
  countryName,
  defaultPhoneCountry,
  getPhoneMetadata,
  hasPhoneMetadata,
  isPhoneCountry,
  loadPhoneMetadata,
  type PhoneNumberStatus,
  type PhoneReading,
  phoneCountries,
  phoneTextFromE164,
  readPhoneText,
  significantCharacters,
  subscribePhoneMetadata,
} from '@verikit/core/phone';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PhoneCountryOption } from './useCountryPicker';
import { useLatestCallback } from './useLatestCallback';

/**
 * Why a number cannot be used. `country-not-allowed`: the number belongs to a country outside `countries` (the
 * proxy would refuse it); `required`: the field is required and empty; `unavailable`: the number's numbering plan
 * could not load (offline), so it cannot be read — the next edit tries again.
 */
export type PhoneFieldProblem =
  | Exclude<PhoneNumberStatus, 'empty' | 'pending' | 'not-valid' | 'valid'>
  | 'country-not-allowed'
  | 'required'
  | 'unavailable';

export interface PhoneFieldValidation {
  /** The number's status, as read by `@verikit/core/phone`. */
  status: PhoneNumberStatus;
  /** What blocks the number, if anything (a form's submit is blocked through the input's custom validity). */
  problem: PhoneFieldProblem | undefined;
  /** The number is possible but not in its country's known ranges: worth a hint, never a block. */
  isHint: boolean;
}

export interface PhoneChangeDetails extends PhoneReading {
  validation: PhoneFieldValidation;
}

export interface UsePhoneFieldStateOptions {
  /** The number in E.164 (`+442079460958`); makes the field controlled. `null` or `''` clear it. */
  value?: string | null;
  /** The initial number in E.164 when uncontrolled. */
  defaultValue?: string;
  /** Called with the E.164 number when it is possible (else `undefined`) and the details of what was typed. */
  onChange?: (e164: string | undefined, details: PhoneChangeDetails) => void;
  /** The selected country; makes the country controlled. */
  country?: CountryCode;
  /** The initial country. @default the value's country, else the browser's locale's, else the first allowed */
  defaultCountry?: CountryCode;
  /** Called when the user picks a country or the number names another one. */
  onCountryChange?: (country: CountryCode) => void;
  /** Allow-list: only these countries can be picked or typed (match the proxy's allow-list). @default all */
  countries?: readonly CountryCode[];
  /** Deny-list: these countries cannot be picked or typed. @default none */
  excludeCountries?: readonly CountryCode[];
  /** Shown first in the picker, in this order. @default none */
  preferredCountries?: readonly CountryCode[];
  /** BCP 47 tag for country names and sorting. @default the browser's language */
  locale?: string;
  /** An empty field blocks the form. @default false */
  isRequired?: boolean;
}

/** An edit of the field text: the text after it, the caret in that text, and the input event's `inputType`. */
export interface PhoneEdit {
  text: string;
  caret: number;
  inputType?: string | undefined;
}

/** The text an edit produced, formatted, and where its caret goes in it. */
export interface PhoneEditResult {
  text: string;
  caret: number;
}

/** The phone field's values and the operations that change them; no DOM. */
export interface PhoneFieldState {
  /** The selected (or detected) country. */
  country: CountryCode | undefined;
  /** The country the text is read in: the picked one, else the default (a typed `+44…` may name another). */
  selectedCountry: CountryCode | undefined;
  /** The allowed countries as picker options, preferred first, the rest by name in `locale`. */
  countryOptions: readonly PhoneCountryOption[];
  /** The E.164 value when the number is possible and allowed. */
  e164: string | undefined;
  /** The field text and its reading (`reading.text` is what to show). */
  reading: PhoneReading;
  validation: PhoneFieldValidation;
  /** A numbering plan is loading (the text shows unformatted meanwhile). */
  isLoadingMetadata: boolean;
  /** The numbering plan could not load (offline chunk); retried on the next edit. */
  metadataError: unknown;
  /** The text's plan is still loading, so it cannot be read yet: a form should wait (a failed load does not). */
  isAwaitingPlan: boolean;
  /** Applies an edit of the text (typing, paste, autofill) and reports the new number at once. */
  commitEdit: (edit: PhoneEdit) => PhoneEditResult;
  /** Picks a country (ignored unless allowed); an international number keeps its national part. */
  selectCountry: (country: CountryCode) => void;
}

const ALL_COUNTRIES = phoneCountries.map((entry) => entry.country);

function isBlocking(status: PhoneNumberStatus): boolean {
  switch (status) {
    case 'no-country':
    case 'invalid-country-code':
    case 'too-short':
    case 'too-long':
    case 'invalid-length':
      return true;
    case 'empty':
    case 'pending':
    case 'not-valid':
    case 'valid':
      return false;
    default:
      return status satisfies never;
  }
}

interface ValidationRules {
  isRequired: boolean;
  allowed: ReadonlySet<CountryCode>;
  hasAllowList: boolean;
  /** The plan the reading waits for failed to load. */
  isPlanUnavailable: boolean;
}

/** What blocks a reading from being used, if anything. */
function validationOf(reading: PhoneReading, rules: ValidationRules): PhoneFieldValidation {
  const { isRequired, allowed, hasAllowList } = rules;
  let problem: PhoneFieldProblem | undefined;
  if (reading.status === 'empty') problem = isRequired ? 'required' : undefined;
  else if (isBlocking(reading.status)) problem = reading.status as PhoneFieldProblem;
  else if (reading.country !== undefined && !allowed.has(reading.country)) problem = 'country-not-allowed';
  // A non-geographic number (+800…) has no country: with an allow-list, nothing allows it.
  else if (reading.country === undefined && reading.status !== 'pending' && hasAllowList) {
    problem = 'country-not-allowed';
  } else if (reading.status === 'pending' && rules.isPlanUnavailable) problem = 'unavailable';
  return { status: reading.status, problem, isHint: problem === undefined && reading.status === 'not-valid' };
}

/** `navigator.languages` has no change event worth following mid-session. */
function subscribeNever(): () => void {
  return () => {};
}

function browserLocale(): string {
  return typeof navigator === 'undefined' ? 'en' : (navigator.language ?? 'en');
}

/**
 * The state of a phone number field, react-stately style: the country, the text and its E.164 value, validation,
 * numbering-plan loading, controlled or uncontrolled. `usePhoneField` turns it into prop objects; use it alone to
 * build a field that is not one `<input>` (a native app, a custom renderer).
 */
export function usePhoneFieldState(options: UsePhoneFieldStateOptions = {}): PhoneFieldState {
  const { countries: allowList, excludeCountries, preferredCountries, isRequired = false } = options;
  const locale = options.locale ?? browserLocale();
  const metadata = useSyncExternalStore(subscribePhoneMetadata, getPhoneMetadata, getPhoneMetadata);

  // Unknown codes in the lists are ignored rather than thrown on: a typo must not take the signup page down.
  const allowListKey = allowList?.join() ?? '';
  const excludeKey = excludeCountries?.join() ?? '';
  const allowed = useMemo(() => {
    const include = allowListKey ? allowListKey.split(',').filter(isPhoneCountry) : ALL_COUNTRIES;
    const exclude = new Set(excludeKey.split(','));
    return new Set(include.filter((country) => !exclude.has(country)));
  }, [allowListKey, excludeKey]);

  const preferredKey = preferredCountries?.join() ?? '';
  const allOptions = useMemo(() => {
    const preferred = preferredKey
      .split(',')
      .filter((c): c is CountryCode => isPhoneCountry(c) && allowed.has(c));
    const preferredSet = new Set(preferred);
    const toOption = (country: CountryCode, isPreferred: boolean): PhoneCountryOption => ({
      country,
      callingCode: callingCodeOf(country) ?? '',
      name: countryName(country, locale),
      isPreferred,
    });
    const collator = new Intl.Collator(locale);
    const rest = [...allowed]
      .filter((country) => !preferredSet.has(country))
      .map((country) => toOption(country, false))
      .sort((a, b) => collator.compare(a.name, b.name));
    return [...preferred.map((country) => toOption(country, true)), ...rest];
  }, [allowed, preferredKey, locale]);

  // ---- number and country state ------------------------------------------------------------------------------------
  const isValueControlled = options.value !== undefined;
  const initial = useState(() => {
    const start = options.value ?? options.defaultValue;
    const fromValue = start ? phoneTextFromE164(start) : undefined;
    const country =
      options.country ??
      // The value's own country beats the default: `+44…` must not be read as a US number.
      fromValue?.country ??
      options.defaultCountry;
    return { text: fromValue?.text ?? significantCharacters(start ?? ''), country };
  })[0];
  const [text, setText] = useState(initial.text);
  const [uncontrolledCountry, setUncontrolledCountry] = useState<CountryCode | undefined>(initial.country);
  // A value shown before its plan (or the engine) loaded is raw E.164; once they arrive, show it in national format
  // like any other value — unless the user has started editing it.
  const [pendingValue, setPendingValue] = useState<string | undefined>(
    initial.text.startsWith('+') ? (options.value ?? options.defaultValue ?? undefined) : undefined,
  );
  if (pendingValue !== undefined && text === significantCharacters(pendingValue)) {
    const next = phoneTextFromE164(pendingValue, metadata);
    if (next && next.missingMetadata === undefined) {
      setPendingValue(undefined);
      setText(next.text);
      if (next.country && options.country === undefined) setUncontrolledCountry(next.country);
    }
  }
  // The browser's languages are unknown on the server: the server snapshot (also used while hydrating) falls back to
  // the first allowed country, and the client then re-renders with the browser's, so hydration never mismatches.
  // The languages never change while the page lives: read them once per allow-list, not on every render (React calls
  // the snapshot at least twice a render, and `Intl.Locale#maximize` per language was a keystroke's largest cost).
  const browserCountrySnapshot = useMemo(() => {
    let cached: { country: CountryCode | undefined } | undefined;
    return () => {
      cached ??= { country: defaultPhoneCountry(undefined, (candidate) => allowed.has(candidate)) };
      return cached.country;
    };
  }, [allowed]);
  const browserCountry = useSyncExternalStore(subscribeNever, browserCountrySnapshot, () => undefined);
  const selectedCountryState =
    options.country ?? uncontrolledCountry ?? browserCountry ?? allOptions[0]?.country;

  const reading = useMemo(
    () => readPhoneText(significantCharacters(text), selectedCountryState, metadata),
    [text, selectedCountryState, metadata],
  );
  const country = reading.country ?? selectedCountryState;

  const hasAllowList = allowList !== undefined;
  // Declared before the validation that reads it; set by the plan loading below.
  const [metadataError, setMetadataError] = useState<unknown>(undefined);
  const isPlanUnavailable = metadataError !== undefined;
  const validation = useMemo(
    () => validationOf(reading, { isRequired, allowed, hasAllowList, isPlanUnavailable }),
    [reading, isRequired, allowed, hasAllowList, isPlanUnavailable],
  );
  const e164 = validation.problem === undefined ? reading.e164 : undefined;

  // A controlled value set from outside (not the one we just reported) replaces the text.
  const [syncedValue, setSyncedValue] = useState(options.value);
  if (isValueControlled && options.value !== syncedValue) {
    setSyncedValue(options.value);
    if ((options.value ?? '') !== (e164 ?? '')) {
      const next = options.value ? phoneTextFromE164(options.value, metadata) : undefined;
      setText(next?.text ?? significantCharacters(options.value ?? ''));
      setPendingValue(next?.missingMetadata === undefined ? undefined : (options.value ?? undefined));
      if (next?.country && options.country === undefined) setUncontrolledCountry(next.country);
    }
  }

  // ---- metadata loading ------------------------------------------------------------------------------------------
  const needed =
    reading.missingMetadata ?? (selectedCountryState ? callingCodeOf(selectedCountryState) : undefined);
  // Re-read on every render: the metadata subscription re-renders when the plan or the engine arrives.
  const isNeededLoaded = needed === undefined || hasPhoneMetadata(needed);
  useEffect(() => {
    if (needed === undefined || isNeededLoaded) return;
    let isCurrent = true;
    loadPhoneMetadata(needed).then(
      () => {
        if (isCurrent) setMetadataError(undefined);
      },
      (error: unknown) => {
        if (isCurrent) setMetadataError(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [needed, isNeededLoaded]);

  // ---- reporting -----------------------------------------------------------------------------------------------
  const onChange = useLatestCallback((value: string | undefined, details: PhoneChangeDetails) =>
    options.onChange?.(value, details),
  );
  const onCountryChange = useLatestCallback((next: CountryCode) => options.onCountryChange?.(next));
  const reported = useRef({
    e164,
    status: reading.status,
    problem: validation.problem,
    country,
    value: options.value,
  });
  useEffect(() => {
    const last = reported.current;
    reported.current = {
      e164,
      status: reading.status,
      problem: validation.problem,
      country,
      value: options.value,
    };
    // A change that came in through the `value` prop is the parent's own doing: echoing it back could loop.
    if (last.value !== options.value) return;
    if (last.country !== country && country !== undefined) onCountryChange(country);
    if (last.e164 !== e164 || last.status !== reading.status || last.problem !== validation.problem) {
      onChange(e164, { ...reading, validation });
    }
  }, [e164, reading, validation, country, options.value, onChange, onCountryChange]);

  const selectCountry = (next: CountryCode) => {
    if (!allowed.has(next)) return;
    const callingCode = callingCodeOf(next);
    const significant = significantCharacters(text);
    // An international number keeps its national part under the new calling code: the flag and the `+` agree.
    if (
      significant.startsWith('+') &&
      reading.callingCode &&
      callingCode &&
      reading.callingCode !== callingCode
    ) {
      setText(`+${callingCode}${significant.slice(1 + reading.callingCode.length)}`);
    }
    if (options.country === undefined) setUncontrolledCountry(next);
    // A controlled country only changes through onCountryChange: report the choice even if the parent ignores it.
    else if (next !== country) onCountryChange(next);
  };
  // Text whose plan is still loading cannot be read yet (the hidden input would carry nothing): the form waits for
  // it. A failed load does not hold the form forever.
  const isAwaitingPlan = reading.status === 'pending' && metadataError === undefined;

  const commitEdit = (edit: PhoneEdit): PhoneEditResult => {
    if (metadataError !== undefined && needed !== undefined) {
      // The last load failed (offline chunk): the next keystroke tries again.
      setMetadataError(undefined);
      loadPhoneMetadata(needed).catch(setMetadataError);
    }
    setPendingValue(undefined);
    const result = applyPhoneEdit({ text, country: selectedCountryState }, edit, metadata);
    setText(result.text);
    if (result.country && result.country !== selectedCountryState && options.country === undefined) {
      setUncontrolledCountry(result.country);
    }
    // Reported from the event, not after the render: a submit straight after the keystroke (Enter, an autofill and
    // a quick click) must see this number, not the one before it. The reporting effect then finds nothing new.
    const { caret: _caret, ...nextReading } = result;
    // A failed plan is being retried by this very edit: not unavailable until that fails too.
    const nextValidation = validationOf(nextReading, {
      isRequired,
      allowed,
      hasAllowList,
      isPlanUnavailable: false,
    });
    const nextE164 = nextValidation.problem === undefined ? nextReading.e164 : undefined;
    const last = reported.current;
    if (
      last.e164 !== nextE164 ||
      last.status !== nextReading.status ||
      last.problem !== nextValidation.problem
    ) {
      reported.current = {
        ...last,
        e164: nextE164,
        status: nextReading.status,
        problem: nextValidation.problem,
      };
      onChange(nextE164, { ...nextReading, validation: nextValidation });
    }
    return { text: result.text, caret: result.caret };
  };

  return {
    country,
    selectedCountry: selectedCountryState,
    countryOptions: allOptions,
    e164,
    reading,
    validation,
    isLoadingMetadata: !isNeededLoaded && metadataError === undefined,
    metadataError,
    isAwaitingPlan,
    commitEdit,
    selectCountry,
  };
}
