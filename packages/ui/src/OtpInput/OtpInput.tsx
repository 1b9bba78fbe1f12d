import { type OtpCharacters, useOtpField } from '@verikit/react';
import {
  type CSSProperties,
  type FocusEvent,
  forwardRef,
  type ReactNode,
  useEffect,
  useImperativeHandle,
  useMemo,
} from 'react';
import {
  type FormFieldComponent,
  type FormFieldProps,
  formFieldEvent,
  isFormFieldEventHandler,
} from '../formFieldEvent';
import { useMessages } from '../i18n/useMessages';
import { partClass } from '../partClass';
import { otpInputMessages } from './otpInputMessages';

/** The parts of an OtpInput, each with its own `vk-otp__*` class and `data-*` state. */
export type OtpInputPart =
  | 'root'
  | 'label'
  | 'group'
  | 'affix'
  | 'slot'
  | 'caret'
  | 'input'
  | 'description'
  | 'error';

export interface OtpInputProps {
  /** Number of characters. @default 6 */
  length?: number;
  /** `numeric` shows the digit keyboard; `alphanumeric` the text keyboard. @default 'numeric' */
  characters?: OtpCharacters;
  /** The code, when controlled. */
  value?: string;
  /** The initial code, when uncontrolled. @default '' */
  defaultValue?: string;
  /**
   * Called with the cleaned code on every change. One function given as both `onChange` and `onBlur`
   * (react-hook-form's `register`) gets a `FormFieldEvent` instead, whose `target` holds `name` and the code.
   */
  onChange?: (value: string) => void;
  /** Called when the code input loses focus (form libraries mark the field touched). */
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** Called exactly once per complete code (autofill, paste, WebOTP and typing never submit twice). */
  onComplete?: (value: string) => void;
  /** @default false */
  isDisabled?: boolean;
  /** The code is being checked: the field is read-only and busy. @default false */
  isVerifying?: boolean;
  /** @default false */
  isInvalid?: boolean;
  /** Shown under the field and tied to it with `aria-describedby` when `isInvalid`. */
  errorMessage?: ReactNode;
  /** Draw `•` instead of the characters. @default false */
  isMasked?: boolean;
  /** @default false */
  autoFocus?: boolean;
  /** The visible label. @default the catalogue's "Verification code" */
  label?: ReactNode;
  /** Help text; `null` hides it. @default the catalogue's "Enter the 6-digit code" */
  description?: ReactNode | null;
  /** Fixed text drawn before the slots, e.g. the known start of a flash call's number; hidden from screen readers, so
   * say it in `description` too. */
  prefix?: ReactNode;
  /** Fixed text drawn after the slots (see `prefix`). */
  suffix?: ReactNode;
  /**
   * Fill the code from the SMS through WebOTP (Chrome on Android) while the field is empty; the filled code goes
   * through `onComplete` like a typed one. Turn it off where something else listens (only one request may wait).
   * @default true
   */
  webOtp?: boolean;
  /** The input's `name`, for forms. */
  name?: string;
  /** The input's `id`. @default a generated id */
  id?: string;
  /** Class of the root element, added to `vk-otp`. */
  className?: string;
  /** Classes per part, added to (or with `unstyled`, instead of) the `vk-otp__*` classes. */
  classNames?: Partial<Record<OtpInputPart, string>>;
  /** Drop every `vk-*` class: style the parts yourself through `classNames` and `data-*` attributes. @default false */
  unstyled?: boolean;
  /** Inline style of the root. */
  style?: CSSProperties;
}

// The input must sit over the slots even in unstyled mode, so these few rules are inline, not in the stylesheet.
// Password managers pin their badge to the input's end: the input reaches past the slots into a clipped gutter, so
// the badge lands beside the slots, not on the last one (input-otp's "increase width" strategy).
const gutter = 'var(--vk-otp-badge-gutter,40px)';
const inputStyle: CSSProperties = {
  position: 'absolute',
  inset: 0,
  width: `calc(100% + ${gutter})`,
  clipPath: `inset(0 ${gutter} 0 0)`,
  margin: 0,
  padding: 0,
  border: 0,
  outline: 'none',
  background: 'none',
  color: 'transparent',
  caretColor: 'transparent',
  // 16px stops iOS Safari zooming the page on focus.
  fontSize: '16px',
};

/** The props react-hook-form's `{...register('code')}` spreads: one event handler for change and blur. */
export type OtpInputFormFieldProps = FormFieldProps<OtpInputProps>;

/** `OtpInput`'s type: value-first props, or a form library's spread (`ref` reaches the input). */
export type OtpInputComponent = FormFieldComponent<OtpInputProps>;

/**
 * A one-time-code field: one real input (autofill, paste, password managers and screen readers see one field with
 * one name) under drawn slots. WebOTP fills it on Android Chrome; `onComplete` fires once per code. `forwardRef`
 * rather than React 19's ref prop: the peer range includes React 18.
 */
export const OtpInput = forwardRef<HTMLInputElement, OtpInputProps>(function OtpInput(props, forwardedRef) {
  const { characters = 'numeric', isVerifying, isInvalid, unstyled = false, classNames = {} } = props;
  const { t } = useMessages(otpInputMessages);
  const label = props.label ?? t('otpInput.label');
  const hasOwnDescription = props.description !== undefined;
  // The props share the hook's option names (length, value, onChange, onComplete, isDisabled, isInvalid, isMasked,
  // autoFocus, errorMessage, id, name); the rest it ignores.
  const formHandler = isFormFieldEventHandler(props.onChange, props.onBlur) ? props.onChange : undefined;
  const fieldName = props.name ?? '';
  const field = useOtpField({
    ...props,
    onChange: formHandler
      ? (code: string) => formHandler(formFieldEvent('change', fieldName, code))
      : props.onChange,
    isReadOnly: isVerifying,
    label,
    description: hasOwnDescription ? props.description : true,
    // The hook listens only while the field is empty, enabled and not read-only (verifying).
    webOtp: props.webOtp !== false,
  });
  // The slot count the hook settled on (it corrects a nonsense `length`), never the raw prop: no "NaN-digit code".
  // Formatted once, not per keystroke: formatting a number builds an `Intl.NumberFormat`, the keystroke's largest
  // JS cost in bench:keys' profile.
  const length = field.slots.length;
  const builtInDescription = useMemo(
    () => t(`otpInput.description.${characters}`, { length }),
    [t, characters, length],
  );
  const description = hasOwnDescription ? props.description : builtInDescription;

  const { ref: inputRef, onBlur: onFieldBlur, style, ...inputProps } = field.inputProps;
  useImperativeHandle(forwardedRef, () => inputRef.current as HTMLInputElement);
  const renderedValue = field.value;
  // Only where a form library holds the input: it may have written its start value into it at registration
  // (react-hook-form's `defaultValues`). The field takes that text in as set from outside, cleaned, and tells the
  // library the cleaned code; the input shows the field's own value until React renders it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, right after the library registered the input
  useEffect(() => {
    const input = inputRef.current;
    if (!formHandler || !input?.value || input.value === renderedValue) return;
    const written = input.value;
    input.value = renderedValue;
    field.setValue(written);
  }, []);

  const part = (name: OtpInputPart, className?: string) =>
    partClass(unstyled, name === 'root' ? 'vk-otp' : `vk-otp__${name}`, className, classNames[name]);
  // Every part shows the field's state: the hook's (complete, invalid, disabled, read-only, focused, masked) and
  // `data-verifying`.
  const { ref: groupRef, dir, ...fieldState } = field.rootProps;
  const verifying = isVerifying ? '' : undefined;
  const state = { ...fieldState, 'data-verifying': verifying };
  const affix = (content: ReactNode, position: 'start' | 'end') =>
    content == null ? null : (
      <span className={part('affix')} aria-hidden="true" data-position={position}>
        {content}
      </span>
    );

  return (
    <div className={part('root', props.className)} style={props.style} {...state}>
      <label className={part('label')} {...field.labelProps} htmlFor={field.labelProps.htmlFor} {...state}>
        {label}
      </label>
      <div className={part('group')} style={{ position: 'relative' }} ref={groupRef} dir={dir} {...state}>
        {affix(props.prefix, 'start')}
        {field.slots.map((slot) => (
          <div
            key={slot.index}
            className={part('slot')}
            {...field.getSlotProps(slot.index)}
            data-verifying={verifying}
          >
            {slot.char}
            {slot.hasFakeCaret ? <span className={part('caret')} data-vk-otp-caret="" /> : null}
          </div>
        ))}
        {affix(props.suffix, 'end')}
        <input
          className={part('input')}
          {...inputProps}
          ref={inputRef}
          onBlur={(event) => {
            onFieldBlur?.(event);
            if (formHandler) formHandler(formFieldEvent('blur', fieldName, field.value));
            else props.onBlur?.(event);
          }}
          style={{ ...inputStyle, ...style }}
          aria-busy={isVerifying || undefined}
          data-verifying={verifying}
        />
      </div>
      {description != null ? (
        <p className={part('description')} {...field.descriptionProps} {...state}>
          {description}
        </p>
      ) : null}
      {isInvalid && props.errorMessage != null ? (
        <p className={part('error')} {...field.errorMessageProps} {...state}>
          {props.errorMessage}
        </p>
      ) : null}
    </div>
  );
}) as unknown as OtpInputComponent;
OtpInput.displayName = 'OtpInput';
