import {
  type CountryCode,
  caretAfterSignificant,
  type PhoneReading,
  significantCharacters,
} from '@verikit/core/phone';
import {
  type ChangeEvent,
  type ClipboardEvent,
  type FormEvent,
  type RefObject,
  type SyntheticEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { type CountryPickerAria, type PhoneCountryOption, useCountryPicker } from './useCountryPicker';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import {
  type PhoneEdit,
  type PhoneFieldProblem,
  type PhoneFieldValidation,
  type UsePhoneFieldStateOptions,
  usePhoneFieldState,
} from './usePhoneFieldState';

export type { PhoneCountryOption } from './useCountryPicker';
export type {
  PhoneChangeDetails,
  PhoneFieldProblem,
  PhoneFieldValidation,
} from './usePhoneFieldState';

/** The state options, and the DOM ones: ids, labels, the form name, disabled and read-only. */
export interface UsePhoneFieldOptions extends UsePhoneFieldStateOptions {
  /** @default false */
  isDisabled?: boolean;
  /** @default false */
  isReadOnly?: boolean;
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

/** Prop objects to spread on your own elements, and the field's state (the picker's half is `CountryPickerAria`). */
export interface PhoneFieldAria extends Omit<CountryPickerAria, 'open'> {
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
  /** The selected (or detected) country. */
  country: CountryCode | undefined;
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
  /** Opens the country picker. */
  open: () => void;
  selectCountry: (country: CountryCode) => void;
}

/**
 * Behaviour and accessibility of a phone number field with a country picker, react-aria style: spread the returned
 * props on your own elements. The number formats as you type with the caret kept in place, a pasted or autofilled
 * international number picks its country, the value out is E.164, and the picker is an APG combobox with a listbox
 * (type to filter by name, dial code or ISO code; arrows, Home/End, Enter, Escape). Numbering plans load per
 * calling code on demand.
 */
export function usePhoneField(options: UsePhoneFieldOptions = {}): PhoneFieldAria {
  const { isDisabled = false, isReadOnly = false, isRequired = false } = options;
  const state = usePhoneFieldState(options);
  const { reading, validation, e164, isAwaitingPlan } = state;

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

  const commitEdit = (edit: PhoneEdit) => {
    pendingCaret.current = state.commitEdit(edit);
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
  const picker = useCountryPicker({
    allOptions: state.countryOptions,
    country: state.country,
    onSelect: state.selectCountry,
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

  const { open, ...pickerAria } = picker;
  return {
    ...pickerAria,
    labelProps: { id: labelId, htmlFor: inputId },
    inputProps,
    hiddenInputProps: { type: 'hidden', name: options.name, value: e164 ?? '' },
    descriptionProps: { id: descriptionId },
    errorMessageProps: { id: errorId },
    hintProps: { id: hintId },
    country: state.country,
    e164,
    reading,
    validation,
    isInvalid,
    showHint,
    isLoadingMetadata: state.isLoadingMetadata,
    metadataError: state.metadataError,
    open: () => open(),
    selectCountry: state.selectCountry,
  };
}
