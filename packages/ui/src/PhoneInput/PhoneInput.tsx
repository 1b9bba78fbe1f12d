import { type CountryCode, countryName, flagEmoji } from '@verikit/core/phone';
import {
  type PhoneChangeDetails,
  type PhoneCountryOption,
  type PhoneFieldProblem,
  usePhoneField,
} from '@verikit/react';
import {
  type CSSProperties,
  type FocusEvent,
  forwardRef,
  type ReactNode,
  useCallback,
  useEffect,
  useImperativeHandle,
} from 'react';
import {
  adoptWrittenValue,
  type FormFieldComponent,
  type FormFieldProps,
  formFieldEvent,
  isFormFieldEventHandler,
} from '../formFieldEvent';
import { useLocalized } from '../i18n/LocaleProvider';
import { partClass } from '../partClass';
import { phoneInputMessages } from './phoneInputMessages';
import { useEmojiFlags } from './useEmojiFlags';

/** The parts of a PhoneInput, each with its own `vk-phone__*` class and `data-*` state. */
export type PhoneInputPart =
  | 'root'
  | 'label'
  | 'group'
  | 'countryButton'
  | 'flag'
  | 'dialCode'
  | 'popover'
  | 'search'
  | 'listbox'
  | 'option'
  | 'optionName'
  | 'empty'
  | 'input'
  | 'description'
  | 'error'
  | 'hint';

export interface PhoneInputProps {
  /** The number in E.164 (`+442079460958`), when controlled; `null` or `''` clear it. */
  value?: string | null;
  /** The initial number in E.164, when uncontrolled. */
  defaultValue?: string;
  /**
   * Called with the E.164 number when it is possible (else `undefined`) and the details of what was typed. One
   * function given as both `onChange` and `onBlur` (react-hook-form's `register`) gets a `FormFieldEvent` instead,
   * whose `target` holds `name` and the E.164 value (`''` while not possible).
   */
  onChange?: (e164: string | undefined, details: PhoneChangeDetails) => void;
  /** Called when the number input loses focus (form libraries mark the field touched). */
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** The selected country, when controlled. */
  country?: CountryCode;
  /** The initial country. @default the value's, else the browser locale's, else the first allowed */
  defaultCountry?: CountryCode;
  /** Called when the user picks a country or the typed number names another one. */
  onCountryChange?: (country: CountryCode) => void;
  /** Allow-list of countries (match your proxy's allow-list). @default all */
  countries?: readonly CountryCode[];
  /** Deny-list of countries. @default none */
  excludeCountries?: readonly CountryCode[];
  /** Shown first in the picker, in this order. @default none */
  preferredCountries?: readonly CountryCode[];
  /** @default false */
  isDisabled?: boolean;
  /** @default false */
  isReadOnly?: boolean;
  /** @default false */
  isRequired?: boolean;
  /** Forces the invalid state, e.g. when the server refused the number. @default false */
  isInvalid?: boolean;
  /** Replaces the built-in error message (shown when the field is invalid). */
  errorMessage?: ReactNode;
  /** The visible label. @default the catalogue's "Phone number" */
  label?: ReactNode;
  /** Help text under the field, tied with `aria-describedby`. @default none */
  description?: ReactNode;
  /** Form field name: a hidden input carries the E.164 value, so `FormData` and a plain form post get E.164. */
  name?: string;
  /** The number input's `id`. @default a generated id */
  id?: string;
  /** @default false */
  autoFocus?: boolean;
  /** Class of the root element, added to `vk-phone`. */
  className?: string;
  /** Classes per part, added to (or with `unstyled`, instead of) the `vk-phone__*` classes. */
  classNames?: Partial<Record<PhoneInputPart, string>>;
  /** Drop every `vk-*` class: style the parts yourself through `classNames` and `data-*` attributes. @default false */
  unstyled?: boolean;
  /** Inline style of the root. */
  style?: CSSProperties;
}

/** The props react-hook-form's `{...register('phone')}` spreads: one event handler for change and blur. */
export type PhoneInputFormFieldProps = FormFieldProps<PhoneInputProps>;

/** `PhoneInput`'s type: value-first props, or a form library's spread (`ref` reaches the input). */
export type PhoneInputComponent = FormFieldComponent<PhoneInputProps>;

/**
 * A phone number field with an accessible country picker: formats as you type with the caret kept in place, reads
 * pasted and autofilled international numbers, gives E.164 out, blocks only numbers that cannot be possible and
 * hints at those outside the known ranges. Numbering plans load per country on demand. `forwardRef` rather than
 * React 19's ref prop: the peer range includes React 18.
 */
export const PhoneInput = forwardRef<HTMLInputElement, PhoneInputProps>(
  function PhoneInput(props, forwardedRef) {
    const { unstyled = false, classNames, isDisabled = false, isReadOnly = false } = props;
    const formHandler = isFormFieldEventHandler(props.onChange, props.onBlur) ? props.onChange : undefined;
    const fieldName = props.name ?? '';
    const { t, locale } = useLocalized(phoneInputMessages);
    const nameOf = (country: CountryCode | undefined) => (country ? countryName(country, locale) : '');
    const validationMessage = useCallback(
      (problem: PhoneFieldProblem) => problemMessage(t, problem, undefined),
      [t],
    );
    const field = usePhoneField({
      value: props.value,
      defaultValue: props.defaultValue,
      onChange: formHandler
        ? (e164: string | undefined) => formHandler(formFieldEvent('change', fieldName, e164 ?? ''))
        : props.onChange,
      country: props.country,
      defaultCountry: props.defaultCountry,
      onCountryChange: props.onCountryChange,
      countries: props.countries,
      excludeCountries: props.excludeCountries,
      preferredCountries: props.preferredCountries,
      locale,
      isDisabled,
      isReadOnly,
      isRequired: props.isRequired,
      isInvalid: props.isInvalid,
      name: props.name,
      id: props.id,
      hasDescription: props.description != null,
      countryButtonLabel: (option: PhoneCountryOption | undefined) =>
        option
          ? t('phoneInput.countryButton', { country: option.name, callingCode: option.callingCode })
          : t('phoneInput.countryButtonEmpty'),
      searchLabel: t('phoneInput.search'),
      listboxLabel: t('phoneInput.countries'),
      validationMessage,
    });

    const inputRef = field.inputProps.ref;
    useImperativeHandle(forwardedRef, () => inputRef.current as HTMLInputElement);
    const renderedText = field.inputProps.value;
    // Only where a form library holds the input: it may have written its start value into it at registration.
    // biome-ignore lint/correctness/useExhaustiveDependencies: once, right after the library registered the input
    useEffect(() => {
      if (formHandler) adoptWrittenValue(inputRef.current, renderedText);
    }, []);
    const onBlur = (event: FocusEvent<HTMLInputElement>) => {
      (field.inputProps.onBlur as () => void)();
      if (formHandler) formHandler(formFieldEvent('blur', fieldName, field.e164 ?? ''));
      else props.onBlur?.(event);
    };

    const hasEmojiFlags = useEmojiFlags();

    // The letters come from the stylesheet (`content: attr(data-country)`), not the DOM: as text they would be visible
    // words missing from the button's accessible name (axe's label-content-name-mismatch).
    const flagProps = (country: CountryCode) => ({
      'data-flag': hasEmojiFlags ? 'emoji' : 'letters',
      'data-country': country,
    });

    const part = (name: PhoneInputPart) => partClass(unstyled, `vk-phone__${name}`, classNames?.[name]);
    const state = {
      'data-invalid': field.isInvalid ? '' : undefined,
      'data-hint': field.showHint ? '' : undefined,
      'data-disabled': isDisabled ? '' : undefined,
      'data-readonly': isReadOnly ? '' : undefined,
      'data-open': field.isOpen ? '' : undefined,
      'data-status': field.validation.status,
      'data-loading': field.isLoadingMetadata ? '' : undefined,
    };
    const problem = field.validation.problem;
    const error =
      props.errorMessage ?? (problem ? problemMessage(t, problem, nameOf(field.reading.country)) : null);
    const hintCountry = nameOf(field.reading.country);
    const { value: search } = field.searchInputProps;

    return (
      <div
        className={partClass(
          unstyled,
          'vk-phone',
          [props.className, classNames?.root].filter(Boolean).join(' '),
        )}
        style={props.style}
        {...state}
      >
        <label className={part('label')} {...field.labelProps} htmlFor={field.labelProps.htmlFor} {...state}>
          {props.label ?? t('phoneInput.label')}
        </label>
        <div className={part('group')} {...state}>
          <button className={part('countryButton')} {...field.countryButtonProps} {...state}>
            {field.country ? (
              <>
                {/* A flag where the platform draws one, the ISO letters elsewhere (not two empty boxes). */}
                <span className={part('flag')} aria-hidden="true" {...flagProps(field.country)}>
                  {hasEmojiFlags ? flagEmoji(field.country) : null}
                </span>
                <span className={part('dialCode')} dir="ltr" aria-hidden="true">
                  +{field.selectedOption?.callingCode ?? ''}
                </span>
              </>
            ) : (
              <span className={part('dialCode')} aria-hidden="true">
                +
              </span>
            )}
          </button>
          <div className={part('popover')} {...field.popoverProps} {...state}>
            <input
              className={part('search')}
              placeholder={t('phoneInput.searchPlaceholder')}
              {...field.searchInputProps}
            />
            <ul className={part('listbox')} {...field.listboxProps}>
              {field.isOpen
                ? field.options.map((option) => (
                    <li key={option.country} className={part('option')} {...field.getOptionProps(option)}>
                      <span className={part('flag')} aria-hidden="true" {...flagProps(option.country)}>
                        {hasEmojiFlags ? flagEmoji(option.country) : null}
                      </span>
                      <span className={part('optionName')}>{option.name}</span>{' '}
                      <span className={part('dialCode')} dir="ltr">
                        +{option.callingCode}
                      </span>
                    </li>
                  ))
                : null}
            </ul>
            {field.isOpen && field.options.length === 0 ? (
              <p className={part('empty')} role="status">
                {t('phoneInput.noResults', { query: search })}
              </p>
            ) : null}
          </div>
          <input
            className={part('input')}
            {...field.inputProps}
            onBlur={onBlur}
            // biome-ignore lint/a11y/noAutofocus: opt-in, for pages whose only task is this field
            autoFocus={props.autoFocus}
            {...state}
          />
        </div>
        {props.description != null ? (
          <p className={part('description')} {...field.descriptionProps} {...state}>
            {props.description}
          </p>
        ) : null}
        {field.isInvalid && error != null ? (
          <p className={part('error')} {...field.errorMessageProps} {...state}>
            {error}
          </p>
        ) : null}
        {field.showHint ? (
          <p className={part('hint')} {...field.hintProps} {...state}>
            {hintCountry
              ? t('phoneInput.hint.not-valid', { country: hintCountry })
              : t('phoneInput.hint.not-valid-unknown')}
          </p>
        ) : null}
        {props.name ? <input {...field.hiddenInputProps} /> : null}
      </div>
    );
  },
) as unknown as PhoneInputComponent;
PhoneInput.displayName = 'PhoneInput';

function problemMessage(
  t: (key: string, values?: Record<string, string>) => string,
  problem: PhoneFieldProblem,
  country: string | undefined,
): string {
  switch (problem) {
    case 'country-not-allowed':
      return country
        ? t('phoneInput.error.country-not-allowed', { country })
        : t('phoneInput.error.country-not-allowed-unknown');
    case 'required':
    case 'too-short':
    case 'too-long':
    case 'invalid-length':
    case 'invalid-country-code':
    case 'no-country':
    case 'unavailable':
      return t(`phoneInput.error.${problem}`);
    default:
      return problem satisfies never;
  }
}
