import type { MetadataJson } from 'libphonenumber-js/core';
import { getPhoneMetadata } from './phoneMetadata';
import { type PhoneReading, type PhoneText, readPhoneText, significantCharacters } from './readPhoneText';

export interface PhoneEdit {
  /** The input's value after the browser applied the edit. */
  text: string;
  /** `selectionStart` after the edit. */
  caret: number;
  /**
   * The `InputEvent.inputType` (`insertText`, `deleteContentBackward`, `insertFromPaste`, …); `undefined` for
   * autofill, which fires a plain `input` event.
   */
  inputType?: string | undefined;
}

export interface PhoneEditResult extends PhoneReading {
  /** Where the caret goes in the new `text`: after the same digit it followed before formatting. */
  caret: number;
}

const REPLACING_INPUT_TYPES = new Set([
  undefined,
  'insertFromPaste',
  'insertFromDrop',
  'insertReplacementText',
]);

/** The index just after the `count`-th significant character of `text` (the end when `count` covers them all). */
export function caretAfterSignificant(text: string, count: number): number {
  if (count <= 0) return 0;
  const total = significantCharacters(text).length;
  let seen = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if ((character >= '0' && character <= '9') || (character === '+' && seen === 0)) {
      seen++;
      // After the last digit, jump past trailing formatting too (e.g. a closing bracket).
      if (seen === count) return seen === total ? text.length : index + 1;
    }
  }
  return text.length;
}

/**
 * Turns what the browser did to the field into what the field should show, and where the caret goes. The caret is
 * carried by counting digits, not characters, so it stays after the digit the user just typed however the
 * separators move — also mid-number and on Android keyboards, which report edits only through `input` events.
 *
 * - Deleting a separator deletes the digit behind it (Backspace) or in front of it (Delete); otherwise the formatter
 *   would put the separator straight back and the key would seem dead.
 * - `00…` (and, when pasted or autofilled, the country's own international prefix such as `011`) becomes `+`.
 */
export function applyPhoneEdit(
  previous: PhoneText,
  edit: PhoneEdit,
  metadata: MetadataJson = getPhoneMetadata(),
): PhoneEditResult {
  const caret = Math.max(0, Math.min(edit.caret, edit.text.length));
  let significant = significantCharacters(edit.text);
  // `+` counts only at the start: significantCharacters drops a later one, so count with the same rule.
  let caretIndex = significantCharacters(edit.text.slice(0, caret)).length;
  if (caretIndex > significant.length) caretIndex = significant.length;

  const previousSignificant = significantCharacters(previous.text);
  const removedOnlyFormatting =
    significant === previousSignificant && edit.text.length < previous.text.length && significant !== '';
  if (removedOnlyFormatting && edit.inputType === 'deleteContentBackward' && caretIndex > 0) {
    significant = significant.slice(0, caretIndex - 1) + significant.slice(caretIndex);
    caretIndex -= 1;
  } else if (removedOnlyFormatting && edit.inputType === 'deleteContentForward') {
    significant = significant.slice(0, caretIndex) + significant.slice(caretIndex + 1);
  }

  if (/^00[1-9]/.test(significant)) {
    significant = `+${significant.slice(2)}`;
    caretIndex = Math.max(caretIndex === 0 ? 0 : 1, caretIndex - 1);
  } else if (REPLACING_INPUT_TYPES.has(edit.inputType) && previous.country && !significant.startsWith('+')) {
    const plan = metadata.countries[previous.country] as unknown[] | undefined;
    const internationalPrefix = typeof plan?.[1] === 'string' ? plan[1] : undefined;
    const match = internationalPrefix ? new RegExp(`^(?:${internationalPrefix})`).exec(significant) : null;
    if (match && match[0].length > 0 && significant.length > match[0].length + 4) {
      significant = `+${significant.slice(match[0].length)}`;
      caretIndex = Math.max(1, caretIndex - match[0].length + 1);
    }
  }

  const reading = readPhoneText(significant, previous.country, metadata);
  return { ...reading, caret: caretAfterSignificant(reading.text, caretIndex) };
}
