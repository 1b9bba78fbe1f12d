import type { ReactNode, RefAttributes } from 'react';

/**
 * What a form library's event handler receives from `PhoneInput` and `OtpInput`: `target` names the field and holds
 * its value (E.164 for a phone number), the shape react-hook-form's `register` and Formik's `handleChange` read
 * (`event.target.name`, `event.target.value`). `target` has no `type`, so react-hook-form takes the value from the
 * event and not from the visible input, whose text is formatted.
 */
export interface FormFieldEvent {
  type: 'change' | 'blur';
  target: { name: string; value: string };
}

/** A form library's handler for change and blur alike (react-hook-form's `register` gives one). */
export type FormFieldEventHandler = (event: FormFieldEvent) => unknown;

/** The props react-hook-form's `{...register(name)}` spreads onto a field: one event handler for change and blur. */
export type FormFieldProps<Props> = Omit<Props, 'onChange' | 'onBlur' | 'name'> & {
  name: string;
  onChange: FormFieldEventHandler;
  onBlur: FormFieldEventHandler;
};

/**
 * A field that takes value-first props or a form library's spread, its `ref` on the input (focus on an error,
 * `setFocus`). JSX tries the value-first props first, so an inline `onChange={(value) => …}` is typed as a value;
 * `register`'s spread falls through to the form-field props; the value-first props come again last because
 * `ComponentProps` (Storybook's args) reads the last signature.
 */
export interface FormFieldComponent<Props> {
  (props: Props & RefAttributes<HTMLInputElement>): ReactNode;
  (props: FormFieldProps<Props> & RefAttributes<HTMLInputElement>): ReactNode;
  (props: Props & RefAttributes<HTMLInputElement>): ReactNode;
  displayName?: string;
}

/**
 * One function given as both `onChange` and `onBlur` must tell a change from a blur by the event's `type`, so it is
 * an event handler, not a value callback: react-hook-form's `register` returns exactly that. Every other
 * `onChange` keeps the value-first call.
 */
export function isFormFieldEventHandler(
  onChange: unknown,
  onBlur: unknown,
): onChange is FormFieldEventHandler {
  return typeof onChange === 'function' && onChange === onBlur;
}

export function formFieldEvent(type: FormFieldEvent['type'], name: string, value: string): FormFieldEvent {
  return { type, target: { name, value } };
}

const nativeValueSetter = () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/**
 * A form library may write its start value straight into the input it holds (react-hook-form's `defaultValues`
 * set `ref.value` at registration, before the field's first effects): the field takes that text in as if typed, so
 * its state, its formatting and the library agree. React only sees an edit whose value differs from the one it
 * tracks, so the written text is put back through the prototype's setter, under React's tracker, and an `input`
 * event is sent, the way testing-library and Radix's bubble inputs do.
 */
export function adoptWrittenValue(input: HTMLInputElement | null, renderedValue: string): void {
  if (!input || input.value === renderedValue || input.value === '') return;
  const written = input.value;
  input.value = renderedValue;
  nativeValueSetter()?.call(input, written);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
