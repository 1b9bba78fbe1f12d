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
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useLatestCallback } from './useLatestCallback';

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
  rootProps: HTMLAttributes<HTMLDivElement> & { ref: RefObject<HTMLDivElement | null> } & Record<
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
  /** Replaces the code (e.g. from WebOTP), cleaning it; the caret goes after the last character. */
  setValue: (value: string) => void;
}

interface Selection {
  start: number;
  end: number;
}

interface FieldState {
  value: string;
  selection: Selection;
  isFocused: boolean;
}

const MASK = '•';

/** Keeps only the characters a code may hold, up to `length`. */
export function cleanOtp(raw: string, characters: OtpCharacters, length: number): string {
  const pattern = characters === 'numeric' ? /[^0-9]/g : /[^0-9A-Za-z]/g;
  // Full-width and other Unicode digits (e.g. Arabic-Indic from some keyboards) become ASCII first.
  // U+0660 and U+06F0 are both multiples of 16, so the low four bits are the digit's value.
  const ascii = raw
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
  let start = selection.start;
  let end = selection.end;
  const keptAfter = previous.length - end;
  const isConsistent =
    start <= end &&
    end <= previous.length &&
    raw.length >= start + keptAfter &&
    raw.startsWith(previous.slice(0, start)) &&
    raw.endsWith(previous.slice(end));
  if (!isConsistent) {
    // The browser changed the value in a way the selection does not explain (autofill, undo): diff it.
    start = 0;
    while (start < previous.length && start < raw.length && previous[start] === raw[start]) start++;
    let suffix = 0;
    while (
      suffix < previous.length - start &&
      suffix < raw.length - start &&
      previous[previous.length - 1 - suffix] === raw[raw.length - 1 - suffix]
    ) {
      suffix++;
    }
    end = previous.length - suffix;
  }
  const insertedRaw = raw.slice(start, raw.length - (previous.length - end));
  const inserted = cleanOtp(insertedRaw, characters, Number.POSITIVE_INFINITY);
  if (inserted.length >= length) {
    const value = inserted.slice(0, length);
    return { value, caret: value.length };
  }
  if (inserted.length === 0 && insertedRaw.length > 0) {
    // Only rejected characters (a letter in a numeric code): nothing changes.
    return { value: previous, caret: selection.start };
  }
  const before = previous.slice(0, start);
  const after = previous.slice(Math.max(end, start + inserted.length));
  const value = (before + inserted + after).slice(0, length);
  return { value, caret: Math.min(start + inserted.length, value.length) };
}

function clamp(value: number, min: number, max: number) {
  return Math.min(Math.max(value, min), max);
}

/**
 * The behaviour of a one-time-code field (react-aria style): one real input, drawn slots, and typed prop objects to
 * spread. Handles typing, paste anywhere, autofill, Backspace/Delete/arrows/Home/End, masking, and calls
 * `onComplete` exactly once per code. Pair it with `useWebOtp` to fill the code from the SMS on Android Chrome.
 */
export function useOtpField(options: UseOtpFieldOptions = {}): OtpFieldAria {
  const {
    length: lengthOption = 6,
    characters = 'numeric',
    value: controlledValue,
    defaultValue = '',
    isDisabled = false,
    isReadOnly = false,
    isInvalid = false,
    isMasked = false,
    autoFocus = false,
  } = options;
  const length = Number.isInteger(lengthOption) && lengthOption > 0 ? Math.min(lengthOption, 32) : 6;
  const onChange = useLatestCallback((value: string) => options.onChange?.(value));
  const onComplete = useLatestCallback((value: string) => options.onComplete?.(value));

  const generatedId = useId();
  const inputId = options.id ?? `${generatedId}-input`;
  const labelId = `${generatedId}-label`;
  const descriptionId = `${generatedId}-description`;
  const errorId = `${generatedId}-error`;

  const inputRef = useRef<HTMLInputElement | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);

  const [state, setState] = useState<FieldState>(() => {
    const initial = cleanOtp(controlledValue ?? defaultValue, characters, length);
    return { value: initial, selection: { start: initial.length, end: initial.length }, isFocused: false };
  });
  const isControlled = controlledValue !== undefined;
  const value = isControlled ? cleanOtp(controlledValue, characters, length) : state.value;

  // The value the last `onComplete` saw; cleared when the code stops being complete.
  const completedValue = useRef<string | null>(value.length === length ? value : null);
  // The DOM caret to restore after React writes the value (React moves it to the end).
  const pendingCaret = useRef<Selection | null>(null);

  const commit = useCallback(
    (next: string, selection: Selection) => {
      // One state update per edit: the value and the mirrored selection render together (one render a keystroke).
      setState((previous) =>
        previous.value === next &&
        previous.selection.start === selection.start &&
        previous.selection.end === selection.end
          ? previous
          : { ...previous, value: next, selection },
      );
      pendingCaret.current = selection;
      if (next !== value) onChange(next);
      if (next.length === length) {
        if (completedValue.current !== next) {
          completedValue.current = next;
          onComplete(next);
        }
      } else {
        completedValue.current = null;
      }
    },
    [value, length, onChange, onComplete],
  );

  /** The selection the field shows for a caret at `caret`: a filled slot is selected so typing overwrites it. */
  const selectionForCaret = useCallback(
    (caret: number, currentValue: string): Selection => {
      const position = clamp(caret, 0, currentValue.length);
      if (position < currentValue.length) return { start: position, end: position + 1 };
      if (currentValue.length === length && length > 0) return { start: length - 1, end: length };
      return { start: position, end: position };
    },
    [length],
  );

  useLayoutEffect(() => {
    // A controlled value replaced from outside (reset after a wrong code, a new verification) re-arms onComplete.
    if (value.length !== length) completedValue.current = null;
    const input = inputRef.current;
    const caret = pendingCaret.current;
    if (!input || !caret || document.activeElement !== input) return;
    pendingCaret.current = null;
    if (input.selectionStart !== caret.start || input.selectionEnd !== caret.end) {
      input.setSelectionRange(caret.start, caret.end);
    }
  });

  // A refused code (invalid while complete) is selected whole, so the next keystroke starts the new code instead of
  // overwriting the last slot, and Backspace clears it in one press.
  const isRefusedCode = isInvalid && value.length === length && length > 0;
  const wasRefusedCode = useRef(isRefusedCode);
  useLayoutEffect(() => {
    const becameRefused = isRefusedCode && !wasRefusedCode.current;
    wasRefusedCode.current = isRefusedCode;
    if (!becameRefused) return;
    const input = inputRef.current;
    if (input && document.activeElement === input) input.setSelectionRange(0, length);
    setState((previous) => ({ ...previous, selection: { start: 0, end: length } }));
  }, [isRefusedCode, length]);

  const setValue = useCallback(
    (next: string) => {
      const cleaned = cleanOtp(next, characters, length);
      commit(cleaned, selectionForCaret(cleaned.length, cleaned));
    },
    [characters, length, commit, selectionForCaret],
  );

  const isInteractive = !isDisabled && !isReadOnly;

  const onInputChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (!isInteractive) return;
    const raw = event.currentTarget.value;
    const result = applyOtpEdit(value, state.selection, raw, characters, length);
    const selection = selectionForCaret(result.caret, result.value);
    if (result.value === value) {
      // React does not rewrite an unchanged value, so restore the DOM by hand (a rejected letter, an overflow).
      event.currentTarget.value = value;
    }
    commit(result.value, selection);
    if (result.value === value && document.activeElement === event.currentTarget) {
      event.currentTarget.setSelectionRange(selection.start, selection.end);
    }
  };

  const moveCaret = (input: HTMLInputElement, caret: number) => {
    const selection = selectionForCaret(caret, value);
    input.setSelectionRange(selection.start, selection.end);
    setState((previous) => ({ ...previous, selection }));
  };

  // Backspace and Delete stay native: the filled slot under the caret is selected, so both clear exactly that
  // character on every keyboard, including Android's, which sends no usable keydown (react-otp-input #100, #346).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.shiftKey || event.metaKey) return;
    const { start, end } = state.selection;
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

  // Mirrors selection changes the hook did not cause (mouse drags, select-all, the OS's own handles); an unchanged
  // selection sets no state, so a keystroke still renders once.
  const onSelect = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    if (state.selection.start !== start || state.selection.end !== end) {
      setState((previous) => ({ ...previous, selection: { start, end } }));
    }
  };

  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const selection = isRefusedCode ? { start: 0, end: length } : selectionForCaret(value.length, value);
    // Focus lands on the first empty slot (or the whole refused code), whatever the click or tab did to the caret.
    input.setSelectionRange(selection.start, selection.end);
    setState((previous) => ({ ...previous, isFocused: true, selection }));
  };

  const onBlur = () => setState((previous) => ({ ...previous, isFocused: false }));

  const onMouseUp = (event: MouseEvent<HTMLInputElement>) => {
    const root = rootRef.current;
    if (!root || event.currentTarget.selectionStart !== event.currentTarget.selectionEnd) return;
    // The text is invisible, so the native caret position means nothing: put it on the slot under the pointer.
    const slotElements = root.querySelectorAll<HTMLElement>('[data-vk-otp-slot]');
    let index = value.length;
    for (const element of slotElements) {
      const rect = element.getBoundingClientRect();
      if (event.clientX >= rect.left && event.clientX <= rect.right) {
        index = Number(element.dataset.index);
        break;
      }
    }
    moveCaret(event.currentTarget, Math.min(index, value.length));
  };

  const isComplete = value.length === length;
  const { isFocused, selection } = state;
  const slots: OtpSlot[] = [];
  for (let index = 0; index < length; index++) {
    const char = value[index] ?? null;
    const isCollapsed = selection.start === selection.end;
    const isActive =
      isFocused &&
      !isDisabled &&
      (isCollapsed ? index === selection.start : index >= selection.start && index < selection.end);
    slots.push({
      index,
      char: char === null ? null : isMasked ? MASK : char,
      isActive,
      hasFakeCaret: isActive && char === null && isCollapsed && !isReadOnly,
      isFilled: char !== null,
    });
  }

  const describedBy = [
    options.description != null ? descriptionId : null,
    isInvalid && options.errorMessage != null ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');

  const dataState = {
    'data-complete': isComplete ? '' : undefined,
    'data-invalid': isInvalid ? '' : undefined,
    'data-disabled': isDisabled ? '' : undefined,
    'data-readonly': isReadOnly ? '' : undefined,
    'data-focused': isFocused ? '' : undefined,
    'data-masked': isMasked ? '' : undefined,
  };

  const inputStyle: CSSProperties = isMasked ? ({ WebkitTextSecurity: 'disc' } as CSSProperties) : {};

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
      autoFocus,
      disabled: isDisabled,
      readOnly: isReadOnly,
      'aria-labelledby': options.label != null ? labelId : undefined,
      'aria-label': options.label == null ? options['aria-label'] : undefined,
      'aria-describedby': describedBy || undefined,
      'aria-invalid': isInvalid || undefined,
      style: inputStyle,
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
        'data-active': slot?.isActive ? '' : undefined,
        'data-filled': slot?.isFilled ? '' : undefined,
        'data-fake-caret': slot?.hasFakeCaret ? '' : undefined,
        'data-invalid': isInvalid ? '' : undefined,
        'data-disabled': isDisabled ? '' : undefined,
      };
    },
    value,
    isComplete,
    isFocused,
    setValue,
  };
}
