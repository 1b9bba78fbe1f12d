import {
  applyPhoneEdit,
  type CountryCode,
  callingCodeOf,
  caretAfterSignificant,
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
import {
  type ChangeEvent,
  type ClipboardEvent,
  type FormEvent,
  type RefObject,
  type SyntheticEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type PhoneCountryOption, useCountryPicker } from './useCountryPicker';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

export type { PhoneCountryOption } from './useCountryPicker';

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

export interface UsePhoneFieldOptions {
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
  /** @default false */
  isDisabled?: boolean;
  /** @default false */
  isReadOnly?: boolean;
  /** An empty field blocks the form. @default false */
  isRequired?: boolean;
  /** Forces the invalid state (e.g. the server refused the number). @default false */
  isInvalid?: boolean;
  /** The form field name: a hidden input carries the E.164 value. */
  name?: string;
  /** A description element is rendered with `descriptionProps` (tied by `aria-describedby`). @default false */
  hasDescription?: boolean;
  /** The number input's id. @default a generated id */
  id?: string;
  /** The accessible name of the country button for the selected country. @default "Country: {name} +{code}" */
  countryButtonLabel?: (option: PhoneCountryOption | undefined) => string;
  /** The accessible name of the country search box. @default "Search countries" */
  searchLabel?: string;
  /** The accessible name of the country list. @default "Countries" */
  listboxLabel?: string;
  /** The message the browser shows when a form submit is blocked. @default the problem's code */
  validationMessage?: (problem: PhoneFieldProblem) => string;
}

type Props = Record<string, unknown>;

/** Prop objects to spread on your own elements, and the field's state. */
export interface PhoneFieldAria {
  /** For the `<label>` of the number input. */
  labelProps: { id: string; htmlFor: string };
  /** For the number `<input>`: `type="tel"`, formatting, caret, paste, validation, `dir="ltr"`. */
  inputProps: Props & { ref: RefObject<HTMLInputElement | null>; value: string; id: string };
  /** For a hidden `<input>` carrying the E.164 value under `name` (render it only when `name` is set). */
  hiddenInputProps: { type: 'hidden'; name: string | undefined; value: string };
  /** For the element describing the field (tied by `aria-describedby`). */
  descriptionProps: { id: string };
  /** For the element showing `validation.problem` (tied by `aria-describedby`). */
  errorMessageProps: { id: string };
  /** For the element showing the not-valid hint (tied by `aria-describedby`). */
  hintProps: { id: string };
  /** For the `<button>` that opens the country picker. */
  countryButtonProps: Props & { ref: RefObject<HTMLButtonElement | null> };
  /** For the picker's popup (holds the search box and the list). */
  popoverProps: Props & { ref: RefObject<HTMLDivElement | null>; hidden: boolean };
  /** For the picker's search `<input>`: the APG combobox (`aria-controls`, `aria-activedescendant`, …). */
  searchInputProps: Props & { ref: RefObject<HTMLInputElement | null>; value: string };
  /** For the picker's list element: the listbox. */
  listboxProps: Props & { id: string; ref: (element: HTMLElement | null) => void };
  /** For each option element of the listbox. */
  getOptionProps: (option: PhoneCountryOption) => Props & { id: string };
  /** The countries matching the search, preferred first. */
  options: readonly PhoneCountryOption[];
  /** The selected (or detected) country. */
  country: CountryCode | undefined;
  /** The selected country's option. */
  selectedOption: PhoneCountryOption | undefined;
  /** The option the arrow keys point at while the picker is open. */
  activeOption: PhoneCountryOption | undefined;
  isOpen: boolean;
  /** The E.164 value when the number is possible and allowed. */
  e164: string | undefined;
  /** The field text and its reading. */
  reading: PhoneReading;
  validation: PhoneFieldValidation;
  /** Show `validation.problem` now: the user has left the field or tried to submit. */
  isInvalid: boolean;
  /** Show the not-valid hint now. */
  showHint: boolean;
  /** A numbering plan is loading (the text shows unformatted meanwhile). */
  isLoadingMetadata: boolean;
  /** The numbering plan could not load (offline chunk); retried on the next edit. */
  metadataError: unknown;
  open: () => void;
  close: (options?: { focus?: 'button' | 'input' | false }) => void;
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
 * Behaviour and accessibility of a phone number field with a country picker, react-aria style: spread the returned
 * props on your own elements. The number formats as you type with the caret kept in place, a pasted or autofilled
 * international number picks its country, the value out is E.164, and the picker is an APG combobox with a listbox
 * (type to filter by name, dial code or ISO code; arrows, Home/End, Enter, Escape). Numbering plans load per
 * calling code on demand.
 */
export function usePhoneField(options: UsePhoneFieldOptions = {}): PhoneFieldAria {
  const {
    countries: allowList,
    excludeCountries,
    preferredCountries,
    isDisabled = false,
    isReadOnly = false,
    isRequired = false,
  } = options;
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

  // ---- the number input ------------------------------------------------------------------------------------------
  const inputRef = useRef<HTMLInputElement | null>(null);
  // Where an edit put the caret, in the text the edit produced. A plan arriving in the same render formats that text
  // differently: the caret then follows its digit.
  const pendingCaret = useRef<{ text: string; caret: number } | null>(null);
  // Where the caret is, counted in significant characters, and the text it was counted in. When the text is
  // reformatted by something other than an edit (a numbering plan arriving mid-typing), the browser would put the
  // caret at the end, or anywhere: it goes back after the same digit instead.
  const caretAt = useRef<{ text: string; digits: number } | null>(null);
  const rememberCaret = (input: HTMLInputElement) => {
    const caret = input.selectionStart ?? input.value.length;
    caretAt.current = {
      text: input.value,
      digits: significantCharacters(input.value.slice(0, caret)).length,
    };
  };
  const [isTouched, setIsTouched] = useState(false);
  const [wasSubmitted, setWasSubmitted] = useState(false);

  useIsomorphicLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (input.ownerDocument.activeElement !== input) {
      pendingCaret.current = null;
      caretAt.current = null;
      return;
    }
    const edit = pendingCaret.current;
    if (edit !== null) {
      const caret =
        edit.text === input.value
          ? edit.caret
          : caretAfterSignificant(input.value, significantCharacters(edit.text.slice(0, edit.caret)).length);
      input.setSelectionRange(caret, caret);
    } else if (caretAt.current && caretAt.current.text !== input.value) {
      const caret = caretAfterSignificant(input.value, caretAt.current.digits);
      input.setSelectionRange(caret, caret);
    }
    pendingCaret.current = null;
    rememberCaret(input);
  });

  const validationMessage = options.validationMessage;
  // Text whose plan is still loading cannot be read yet (the hidden input would carry nothing): the form waits for
  // it. A failed load does not hold the form forever.
  const isAwaitingPlan = reading.status === 'pending' && metadataError === undefined;
  useEffect(() => {
    inputRef.current?.setCustomValidity(
      validation.problem && validation.problem !== 'required'
        ? (validationMessage?.(validation.problem) ?? validation.problem)
        : isAwaitingPlan
          ? 'pending'
          : '',
    );
  }, [validation.problem, validationMessage, isAwaitingPlan]);
  // A form submitted while the plan loaded (an autofill and a quick click) is submitted again once it has arrived,
  // so the person's click is not lost. Declared after the validity effect, which must run first.
  const formToResubmit = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    const form = formToResubmit.current;
    if (!form || isAwaitingPlan) return;
    formToResubmit.current = null;
    if (form.isConnected) form.requestSubmit();
  }, [isAwaitingPlan]);

  const commitEdit = (edit: { text: string; caret: number; inputType?: string | undefined }) => {
    if (metadataError !== undefined && needed !== undefined) {
      // The last load failed (offline chunk): the next keystroke tries again.
      setMetadataError(undefined);
      loadPhoneMetadata(needed).catch(setMetadataError);
    }
    setPendingValue(undefined);
    const result = applyPhoneEdit({ text, country: selectedCountryState }, edit, metadata);
    pendingCaret.current = { text: result.text, caret: result.caret };
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
  };

  const baseId = useId();
  const inputId = options.id ?? `${baseId}-input`;
  const labelId = `${baseId}-label`;
  const descriptionId = `${baseId}-description`;
  const errorId = `${baseId}-error`;
  const hintId = `${baseId}-hint`;

  const isInvalid =
    options.isInvalid === true || (validation.problem !== undefined && (isTouched || wasSubmitted));
  const showHint = validation.isHint && (isTouched || wasSubmitted);

  const inputProps: PhoneFieldAria['inputProps'] = {
    ref: inputRef,
    id: inputId,
    type: 'tel',
    inputMode: 'tel',
    autoComplete: 'tel',
    // Digits read left to right in every script; `dir` keeps `+44 20…` whole inside an RTL page.
    dir: 'ltr',
    value: reading.text,
    disabled: isDisabled || undefined,
    readOnly: isReadOnly || undefined,
    required: isRequired || undefined,
    'aria-invalid': isInvalid || undefined,
    'aria-describedby':
      [
        options.hasDescription ? descriptionId : undefined,
        isInvalid ? errorId : undefined,
        showHint ? hintId : undefined,
      ]
        .filter(Boolean)
        .join(' ') || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      commitEdit({
        text: input.value,
        caret: input.selectionStart ?? input.value.length,
        inputType: (event.nativeEvent as InputEvent).inputType,
      });
    },
    onPaste: (event: ClipboardEvent<HTMLInputElement>) => {
      // A pasted international number replaces the field: merged with leftover digits it would be a wrong number.
      const pasted = event.clipboardData.getData('text');
      const significant = significantCharacters(pasted);
      if (significant.startsWith('+') || /^00[1-9]/.test(significant)) {
        event.preventDefault();
        commitEdit({ text: pasted, caret: pasted.length, inputType: 'insertFromPaste' });
      }
    },
    onSelect: (event: SyntheticEvent<HTMLInputElement>) => rememberCaret(event.currentTarget),
    onBlur: () => {
      if (reading.status !== 'empty') setIsTouched(true);
    },
    onInvalid: (event: FormEvent<HTMLInputElement>) => {
      const form = event.currentTarget.form;
      if (isAwaitingPlan && form) {
        event.preventDefault();
        formToResubmit.current = form;
        return;
      }
      setWasSubmitted(true);
    },
  };

  // ---- the country picker: its own behaviour hook; selecting a country is a change of the field's state ----
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
  const picker = useCountryPicker({
    allOptions,
    country,
    onSelect: selectCountry,
    returnFocusRef: inputRef,
    idPrefix: baseId,
    isDisabled,
    isReadOnly,
    labels: {
      countryButtonLabel: options.countryButtonLabel,
      searchLabel: options.searchLabel,
      listboxLabel: options.listboxLabel,
    },
  });

  return {
    labelProps: { id: labelId, htmlFor: inputId },
    inputProps,
    hiddenInputProps: { type: 'hidden', name: options.name, value: e164 ?? '' },
    descriptionProps: { id: descriptionId },
    errorMessageProps: { id: errorId },
    hintProps: { id: hintId },
    countryButtonProps: picker.countryButtonProps,
    popoverProps: picker.popoverProps,
    searchInputProps: picker.searchInputProps,
    listboxProps: picker.listboxProps,
    getOptionProps: picker.getOptionProps,
    options: picker.options,
    country,
    selectedOption: picker.selectedOption,
    activeOption: picker.activeOption,
    isOpen: picker.isOpen,
    e164,
    reading,
    validation,
    isInvalid,
    showHint,
    isLoadingMetadata: !isNeededLoaded && metadataError === undefined,
    metadataError,
    open: () => picker.open(),
    close: picker.close,
    selectCountry,
  };
}
