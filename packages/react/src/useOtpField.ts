import {
  type ChangeEvent,
  type CSSProperties,
  type FocusEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LabelHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { listenForWebOtp } from './listenForWebOtp';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/*
 * Why one real <input> under drawn slots, not one input per slot (bar.md):
 * - iOS and Android autofill, Gboard clipboard chips and password managers write the whole code into ONE field;
 *   with N inputs they fill only the first box (react-otp-input #371, #444, #280, #323).
 * - Screen readers meet one "edit text" with one name, not N (react-otp-input #427).
 * - Every edit arrives as a native `input` event (typing, paste, autofill, IME, Android's keyCode-229 keyboards),
 *   so the hook reconciles the DOM value against the last selection instead of trusting keydown, which Android
 *   keyboards do not send reliably.
 * The slots are drawn from state (`slots[]`), aria-hidden; selection is mirrored into state to draw the active slot
 * and a fake caret.
 */

/** What the code may contain. */
export type OtpCharacters = 'numeric' | 'alphanumeric';

export interface UseOtpFieldOptions {
  /** Number of characters in the code. @default 6 */
  length?: number;
  /** Characters accepted; anything else (spaces, dashes, letters in a numeric code) is dropped. @default 'numeric' */
  characters?: OtpCharacters;
  /** The code, when controlled. */
  value?: string;
  /** The initial code, when uncontrolled. @default '' */
  defaultValue?: string;
  /** Called with the cleaned code on every change. */
  onChange?: (value: string) => void;
  /**
   * Called once when the code becomes complete: autofill followed by a keystroke that leaves the same code, or a
   * WebOTP fill after autofill, never calls it twice. It is called again only for a different complete code.
   */
  onComplete?: (value: string) => void;
  /** @default false */
  isDisabled?: boolean;
  /** The code is shown but cannot change (e.g. while it is being verified). @default false */
  isReadOnly?: boolean;
  /** Marks the field invalid and ties `errorMessage` to it. @default false */
  isInvalid?: boolean;
  /** Hides the characters in the slots (`•`). @default false */
  isMasked?: boolean;
  /** Focus the field on mount. @default false */
  autoFocus?: boolean;
  /** The label; the hook only checks its presence to wire `aria-labelledby`. */
  label?: ReactNode;
  /** Plain `aria-label` when there is no visible label. */
  'aria-label'?: string;
  /** Help text; presence wires `aria-describedby`. */
  description?: ReactNode;
  /** Error text, shown and described only when `isInvalid`. */
  errorMessage?: ReactNode;
  /** The input's `id`. @default a generated id */
  id?: string;
  /** The input's `name`, for forms. */
  name?: string;
  /**
   * Fill the code from the SMS through WebOTP (Chrome on Android) while the field is empty, enabled and not
   * read-only; the filled code goes through `onChange` and `onComplete` like a typed one. Only one request may wait
   * per page, so leave it off where something else listens (`useWebOtp`, `usePhoneVerification`).
   * @default false
   */
  webOtp?: boolean;
}

/** One drawn slot. */
export interface OtpSlot {
  /** Position in the code, 0-based, left to right in every writing direction. */
  index: number;
  /** The character to draw (`•` when masked), or `null` for an empty slot. */
  char: string | null;
  /** The slot the next keystroke writes to (or part of a selection), while the field has focus. */
  isActive: boolean;
  /** Draw a blinking caret: the slot is active, empty and the selection is collapsed. */
  hasFakeCaret: boolean;
  /** @readonly */
  isFilled: boolean;
}

export interface OtpFieldAria {
  /** The wrapper the input is laid over (position it `relative`). */
  rootProps: { ref: RefObject<HTMLDivElement | null>; dir: 'ltr' } & Record<
    `data-${string}`,
    string | undefined
  >;
  /** The visible label. */
  labelProps: LabelHTMLAttributes<HTMLLabelElement>;
  /** The one real input, laid transparently over the slots. */
  inputProps: InputHTMLAttributes<HTMLInputElement> & {
    ref: RefObject<HTMLInputElement | null>;
  } & Record<`data-${string}`, string | undefined>;
  /** The help text. */
  descriptionProps: HTMLAttributes<HTMLElement>;
  /** The error text (render it only when invalid). */
  errorMessageProps: HTMLAttributes<HTMLElement>;
  /** The slots, in code order. */
  slots: OtpSlot[];
  /** Props for the element drawing slot `index` (aria-hidden, data-* state). */
  getSlotProps: (
    index: number,
  ) => HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string | undefined>;
  /** The cleaned code. */
  value: string;
  /** Every slot is filled. */
  isComplete: boolean;
  /** The input has focus. */
  isFocused: boolean;
  /** Replaces the code (e.g. from WebOTP), cleaning it; the caret goes after the last character. Stable. */
  setValue: (value: string) => void;
}

interface Selection {
  start: number;
  end: number;
}

interface FieldState extends Selection {
  value: string;
  isFocused: boolean;
}

/** `''` for a true flag, so `data-*` attributes render bare or not at all. */
const flag = (on: unknown) => (on ? '' : undefined);

const MASK = '•';

/** Keeps only the characters a code may hold, up to `length`. */
export function cleanOtp(raw: string, characters: OtpCharacters, length: number): string {
  const pattern = characters === 'numeric' ? /[^0-9]/g : /[^0-9A-Za-z]/g;
  // Full-width and other Unicode digits (e.g. Arabic-Indic from some keyboards) become ASCII first.
  // U+0660 and U+06F0 are both multiples of 16, so the low four bits are the digit's value.
  // A number or nothing from JavaScript callers (`value={1234}`) is read as text rather than crashing the field.
  const ascii = String(raw ?? '')
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) % 16));
  return ascii.replace(pattern, '').slice(0, length);
}

/**
 * Reconciles a native edit with the code: `previous` with `selection` replaced by something became `raw`.
 * Inserted text overwrites from the caret instead of pushing characters out of the end, and a whole code inserted
 * anywhere (autofill appending, a paste into a half-typed field) replaces the field instead of merging with leftovers
 * (input-otp PR #150).
 */
export function applyOtpEdit(
  previous: string,
  selection: Selection,
  raw: string,
  characters: OtpCharacters,
  length: number,
): { value: string; caret: number } {
  let { start, end } = selection;
  const size = previous.length;
  // Where the kept end of `previous` starts in `raw`.
  let keptFrom = raw.length - size + end;
  if (
    !(
      start <= end &&
      end <= size &&
      keptFrom >= start &&
      raw.startsWith(previous.slice(0, start)) &&
      raw.endsWith(previous.slice(end))
    )
  ) {
    // The browser changed the value in a way the selection does not explain (autofill, undo): diff it.
    start = 0;
    while (start < size && previous[start] === raw[start]) start++;
    end = size;
    keptFrom = raw.length;
    while (end > start && keptFrom > start && previous[end - 1] === raw[keptFrom - 1]) {
      end--;
      keptFrom--;
    }
  }
  const insertedRaw = raw.slice(start, keptFrom);
  const inserted = cleanOtp(insertedRaw, characters, Infinity);
  if (inserted.length >= length) return { value: inserted.slice(0, length), caret: length };
  // Only rejected characters (a letter in a numeric code): nothing changes.
  if (!inserted && insertedRaw) return { value: previous, caret: selection.start };
  const caret = start + inserted.length;
  const value = (previous.slice(0, start) + inserted + previous.slice(Math.max(end, caret))).slice(0, length);
  return { value, caret: Math.min(caret, value.length) };
}

/**
 * The behaviour of a one-time-code field (react-aria style): one real input, drawn slots, and typed prop objects to
 * spread. Handles typing, paste anywhere, autofill, Backspace/Delete/arrows/Home/End, masking, and calls
 * `onComplete` exactly once per code. With `webOtp` it also fills the code from the SMS on Android Chrome.
 */
export function useOtpField(optionsOrNull: UseOtpFieldOptions = {}): OtpFieldAria {
  // `null` from JavaScript callers means no options, as `undefined` does.
  const options = optionsOrNull ?? {};
  const {
    length: lengthOption = 6,
    characters = 'numeric',
    value: controlledValue,
    isDisabled,
    isReadOnly,
    isInvalid,
    isMasked,
  } = options;
  const length = Number.isInteger(lengthOption) && lengthOption > 0 ? Math.min(lengthOption, 32) : 6;
  const clean = (raw: string) => cleanOtp(raw, characters, length);

  const generatedId = useId();
  const inputId = options.id ?? `${generatedId}-input`;
  const labelId = `${generatedId}-label`;
  const descriptionId = `${generatedId}-description`;
  const errorId = `${generatedId}-error`;

  const inputRef = useRef<HTMLInputElement | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);

  const [state, setState] = useState<FieldState>(() => {
    const initial = clean(controlledValue ?? options.defaultValue ?? '');
    return { value: initial, start: initial.length, end: initial.length, isFocused: false };
  });
  const value = controlledValue === undefined ? state.value : clean(controlledValue);
  const { isFocused, start, end } = state;
  const isComplete = value.length === length;
  // A refused code (invalid while complete) is selected whole, so the next keystroke starts the new code instead of
  // overwriting the last slot, and Backspace clears it in one press.
  const isRefusedCode = !!isInvalid && isComplete;
  const wholeCode: Selection = { start: 0, end: length };

  // The value the last `onComplete` saw; cleared when the code stops being complete.
  const completedValue = useRef<string | null>(isComplete ? value : null);
  // The DOM caret to restore after React writes the value (React moves it to the end).
  const pendingCaret = useRef<Selection | null>(null);
  const wasRefusedCode = useRef(isRefusedCode);

  // Every state change goes through here. One that changes nothing sets no state (checked against this render's
  // state first: an updater React must run would cost a render), so a keystroke renders once.
  const update = (patch: Partial<FieldState>) => {
    const changes = (current: FieldState) =>
      (Object.keys(patch) as (keyof FieldState)[]).some((key) => current[key] !== patch[key]);
    if (changes(state)) setState((previous) => (changes(previous) ? { ...previous, ...patch } : previous));
  };

  // Event handlers are made each render, so they see the latest options; only `setValue` escapes (WebOTP, the app).
  const commit = (next: string, selection: Selection) => {
    // One state update per edit: the value and the mirrored selection render together (one render a keystroke).
    update({ value: next, ...selection });
    pendingCaret.current = selection;
    if (next !== value) options.onChange?.(next);
    if (next.length < length) completedValue.current = null;
    else if (completedValue.current !== next) {
      completedValue.current = next;
      options.onComplete?.(next);
    }
  };

  /** The selection the field shows for a caret at `caret`: a filled slot is selected so typing overwrites it. */
  const selectionForCaret = (caret: number, currentValue: string): Selection => {
    // After the last character of a full code, the last one is selected.
    const position = Math.min(Math.max(caret, 0), currentValue.length, length - 1);
    return { start: position, end: position < currentValue.length ? position + 1 : position };
  };

  const isInputFocused = () => !!inputRef.current && document.activeElement === inputRef.current;

  /** Selects in the DOM, unless already so (a redundant call would fire one more `select` event). */
  const selectInInput = (input: HTMLInputElement, selection: Selection) => {
    if (input.selectionStart !== selection.start || input.selectionEnd !== selection.end) {
      input.setSelectionRange(selection.start, selection.end);
    }
  };

  /** Replaces the code from outside an edit (WebOTP, the app, a form library's start value). */
  const replaceValue = (next: string) => {
    const cleaned = clean(next);
    commit(cleaned, selectionForCaret(cleaned.length, cleaned));
  };
  // `setValue` escapes the render, so it is one stable function calling the latest `replaceValue`, which the layout
  // effect below (it runs after every render anyway) keeps current: no effect of its own.
  const latestReplaceValue = useRef(replaceValue);
  const [setValue] = useState(() => (next: string) => latestReplaceValue.current(next));

  useIsomorphicLayoutEffect(() => {
    latestReplaceValue.current = replaceValue;
    // A controlled value replaced from outside (reset after a wrong code, a new verification) re-arms onComplete.
    if (!isComplete) completedValue.current = null;
    const input = inputRef.current;
    const caret = pendingCaret.current;
    if (input && caret && isInputFocused()) {
      pendingCaret.current = null;
      selectInInput(input, caret);
    }
    if (isRefusedCode && !wasRefusedCode.current) {
      if (input && isInputFocused()) input.setSelectionRange(0, length);
      update(wholeCode);
    }
    wasRefusedCode.current = isRefusedCode;
  });

  // Listen only while the field is empty: once the person types (or autofill fills it), a late SMS must not
  // overwrite the code, so the request is aborted.
  const listensForSms = !!options.webOtp && !isDisabled && !isReadOnly && value === '';
  useEffect(() => (listensForSms ? listenForWebOtp(setValue) : undefined), [listensForSms, setValue]);

  const onInputChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (isDisabled || isReadOnly) return;
    const input = event.currentTarget;
    const result = applyOtpEdit(value, state, input.value, characters, length);
    const nextSelection = selectionForCaret(result.caret, result.value);
    commit(result.value, nextSelection);
    if (result.value === value) {
      // React does not rewrite an unchanged value, so restore the DOM by hand (a rejected letter, an overflow).
      input.value = value;
      if (isInputFocused()) selectInInput(input, nextSelection);
    }
  };

  const moveCaret = (input: HTMLInputElement, caret: number) => {
    const next = selectionForCaret(caret, value);
    selectInInput(input, next);
    update(next);
  };

  // Backspace and Delete stay native: the filled slot under the caret is selected, so both clear exactly that
  // character on every keyboard, including Android's, which sends no usable keydown (react-otp-input #100, #346).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.shiftKey || event.metaKey) return;
    const isRange = end - start > 1;
    // The input is always left-to-right (digit order never flips), so arrows map directly.
    const caret: number | undefined = (
      {
        ArrowLeft: isRange ? start : start - 1,
        ArrowRight: isRange ? end : start + 1,
        Home: 0,
        End: value.length,
      } as Record<string, number>
    )[event.key];
    if (caret === undefined) return;
    event.preventDefault();
    moveCaret(event.currentTarget, caret);
  };

  // Mirrors selection changes the hook did not cause (mouse drags, select-all, the OS's own handles).
  const onSelect = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const selectionStart = input.selectionStart ?? 0;
    update({ start: selectionStart, end: input.selectionEnd ?? selectionStart });
  };

  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    const next = isRefusedCode ? wholeCode : selectionForCaret(value.length, value);
    // Focus lands on the first empty slot (or the whole refused code), whatever the click or tab did to the caret.
    event.currentTarget.setSelectionRange(next.start, next.end);
    update({ isFocused: true, ...next });
  };

  const onBlur = () => update({ isFocused: false });

  const onMouseUp = (event: MouseEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    if (input.selectionStart !== input.selectionEnd) return;
    // The text is invisible, so the native caret position means nothing: put it on the slot under the pointer.
    // The browser's own hit-testing finds it: the topmost element under the input is the slot, its caret, or a gap.
    // (jsdom has no `elementsFromPoint`: an app's tests that click the field get the caret after the code.)
    const slot = document
      .elementsFromPoint?.(event.clientX, event.clientY)[1]
      ?.closest<HTMLElement>('[data-vk-otp-slot]');
    const index = slot ? Number(slot.dataset.index) : value.length;
    moveCaret(input, Math.min(index, value.length));
  };

  const isCollapsed = start === end;
  const slots: OtpSlot[] = [];
  for (let index = 0; index < length; index++) {
    const char = value[index] ?? null;
    const isActive =
      isFocused && !isDisabled && (isCollapsed ? index === start : index >= start && index < end);
    slots.push({
      index,
      char: char && isMasked ? MASK : char,
      isActive,
      hasFakeCaret: isActive && !char && isCollapsed && !isReadOnly,
      isFilled: !!char,
    });
  }

  const describedBy = [
    options.description != null && descriptionId,
    isInvalid && options.errorMessage != null && errorId,
  ]
    .filter(Boolean)
    .join(' ');

  const dataState = {
    'data-complete': flag(isComplete),
    'data-invalid': flag(isInvalid),
    'data-disabled': flag(isDisabled),
    'data-readonly': flag(isReadOnly),
    'data-focused': flag(isFocused),
    'data-masked': flag(isMasked),
  };

  return {
    rootProps: {
      ref: rootRef,
      // Codes read left to right in every script: an RTL page must not reverse the digits (shadcn-ui #11201).
      dir: 'ltr',
      ...dataState,
    },
    labelProps: { id: labelId, htmlFor: inputId },
    inputProps: {
      ref: inputRef,
      id: inputId,
      name: options.name,
      type: 'text',
      dir: 'ltr',
      value,
      onChange: onInputChange,
      onKeyDown,
      onFocus,
      onBlur,
      onMouseUp,
      onSelect,
      autoComplete: 'one-time-code',
      inputMode: characters === 'numeric' ? 'numeric' : 'text',
      autoCapitalize: 'off',
      autoCorrect: 'off',
      spellCheck: false,
      autoFocus: options.autoFocus,
      disabled: isDisabled,
      readOnly: isReadOnly,
      'aria-labelledby': options.label != null ? labelId : undefined,
      'aria-label': options.label == null ? options['aria-label'] : undefined,
      'aria-describedby': describedBy || undefined,
      'aria-invalid': isInvalid || undefined,
      style: isMasked ? ({ WebkitTextSecurity: 'disc' } as CSSProperties) : undefined,
      ...dataState,
    },
    descriptionProps: { id: descriptionId },
    errorMessageProps: { id: errorId },
    slots,
    getSlotProps: (index) => {
      const slot = slots[index];
      return {
        'aria-hidden': true,
        'data-vk-otp-slot': '',
        'data-index': String(index),
        'data-active': flag(slot?.isActive),
        'data-filled': flag(slot?.isFilled),
        'data-fake-caret': flag(slot?.hasFakeCaret),
        'data-invalid': dataState['data-invalid'],
        'data-disabled': dataState['data-disabled'],
      };
    },
    value,
    isComplete,
    isFocused,
    setValue,
  };
}
