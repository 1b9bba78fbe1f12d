import { useForm as useTanStackForm } from '@tanstack/react-form';
import { loadPhoneMetadata } from '@verikit/core/phone';
import { useFormik } from 'formik';
import { createRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { OtpInput } from './OtpInput/OtpInput';
import { PhoneInput } from './PhoneInput/PhoneInput';
import './styles.css';

beforeAll(async () => {
  await Promise.all(['US', 'GB'].map((country) => loadPhoneMetadata(country)));
});

const phoneField = () => page.getByRole('textbox', { name: 'Phone number' });
const codeField = () => page.getByRole('textbox', { name: 'Verification code' });
const submitButton = () => page.getByRole('button', { name: 'Sign up' });

interface SignUpValues {
  phone: string;
  code: string;
}

interface FormProps<Values> {
  onSubmit: (values: Values) => void;
  /** Each render's touched fields, as the library reports them. */
  onTouched?: (touched: Record<string, boolean | undefined>) => void;
}

function RegisterSignUp({ onSubmit, onTouched }: FormProps<SignUpValues>) {
  const { register, handleSubmit, formState } = useForm<SignUpValues>({
    defaultValues: { phone: '', code: '' },
  });
  onTouched?.(formState.touchedFields);
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <PhoneInput defaultCountry="US" {...register('phone', { required: true })} />
      <OtpInput webOtp={false} {...register('code', { minLength: 6 })} />
      <button type="submit">Sign up</button>
    </form>
  );
}

function RegisterWithDefaults({ onSubmit }: FormProps<SignUpValues>) {
  const { register, handleSubmit } = useForm<SignUpValues>({
    defaultValues: { phone: '+442079460958', code: '' },
  });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <PhoneInput defaultCountry="US" {...register('phone')} />
      <button type="submit">Sign up</button>
    </form>
  );
}

function RegisterCodeWithDefault({ onSubmit }: FormProps<SignUpValues>) {
  const { register, handleSubmit } = useForm<SignUpValues>({
    // Written as people copy it: the field keeps the digits.
    defaultValues: { phone: '', code: '12-34 56' },
  });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <OtpInput webOtp={false} {...register('code')} />
      <button type="submit">Sign up</button>
    </form>
  );
}

function RegisterWithFocus({ onFocusCode }: { onFocusCode: (focus: () => void) => void }) {
  const { register, handleSubmit, setFocus, formState } = useForm<SignUpValues>({
    defaultValues: { phone: '', code: '' },
    shouldFocusError: true,
  });
  onFocusCode(() => setFocus('code'));
  return (
    <form noValidate onSubmit={handleSubmit(() => {})}>
      <PhoneInput defaultCountry="US" {...register('phone', { required: 'Enter a number' })} />
      <OtpInput webOtp={false} {...register('code')} />
      {formState.errors.phone ? <p role="alert">{formState.errors.phone.message}</p> : null}
      <button type="submit">Sign up</button>
    </form>
  );
}

function ControllerSignUp({ onSubmit, onTouched }: FormProps<SignUpValues>) {
  const { control, handleSubmit, formState } = useForm<SignUpValues>({
    defaultValues: { phone: '', code: '' },
  });
  onTouched?.(formState.touchedFields);
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      <Controller
        name="phone"
        control={control}
        rules={{ required: true }}
        render={({ field }) => (
          <PhoneInput
            defaultCountry="US"
            ref={field.ref}
            name={field.name}
            value={field.value}
            onChange={(e164) => field.onChange(e164 ?? '')}
            onBlur={field.onBlur}
          />
        )}
      />
      <Controller
        name="code"
        control={control}
        render={({ field }) => (
          <OtpInput webOtp={false} {...field} onChange={(code) => field.onChange(code)} />
        )}
      />
      <button type="submit">Sign up</button>
    </form>
  );
}

function TanStackSignUp({ onSubmit, onTouched }: FormProps<{ phone: string }>) {
  const form = useTanStackForm({
    defaultValues: { phone: '' },
    onSubmit: ({ value }) => onSubmit(value),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="phone">
        {(field) => {
          onTouched?.({ phone: field.state.meta.isTouched });
          return (
            <PhoneInput
              defaultCountry="US"
              name={field.name}
              value={field.state.value}
              onChange={(e164) => field.handleChange(e164 ?? '')}
              onBlur={field.handleBlur}
            />
          );
        }}
      </form.Field>
      <button type="submit">Sign up</button>
    </form>
  );
}

function FormikSignUp({ onSubmit, onTouched }: FormProps<{ phone: string }>) {
  const formik = useFormik({ initialValues: { phone: '' }, onSubmit });
  onTouched?.({ phone: formik.touched.phone });
  return (
    <form onSubmit={formik.handleSubmit}>
      <PhoneInput
        defaultCountry="US"
        name="phone"
        value={formik.values.phone}
        onChange={(e164) => formik.setFieldValue('phone', e164 ?? '')}
        onBlur={formik.handleBlur('phone')}
      />
      <button type="submit">Sign up</button>
    </form>
  );
}

describe('PhoneInput and OtpInput with react-hook-form', () => {
  it('register: the form submits the E.164 number and the code, and blur marks the field touched', async () => {
    const submitted: SignUpValues[] = [];
    let touched: Record<string, boolean | undefined> = {};
    await render(
      <RegisterSignUp onSubmit={(values) => submitted.push(values)} onTouched={(next) => (touched = next)} />,
    );
    await userEvent.type(phoneField(), '2015550123');
    await expect.element(phoneField()).toHaveValue('(201) 555-0123');
    await userEvent.click(codeField());
    expect(touched.phone).toBe(true);
    await userEvent.keyboard('123456');
    await userEvent.click(submitButton());
    await expect.poll(() => submitted).toEqual([{ phone: '+12015550123', code: '123456' }]);
    expect(touched.code).toBe(true);
  });

  it('register: useForm’s defaultValues show formatted in the field and submit unchanged', async () => {
    const submitted: SignUpValues[] = [];
    await render(<RegisterWithDefaults onSubmit={(values) => submitted.push(values)} />);
    await expect.element(phoneField()).toHaveValue('+44 20 7946 0958');
    await userEvent.click(submitButton());
    await expect.poll(() => submitted).toEqual([{ phone: '+442079460958', code: '' }]);
  });

  it('register: useForm’s defaultValues for the code fill the slots, cleaned, and submit cleaned', async () => {
    const submitted: SignUpValues[] = [];
    const screen = await render(<RegisterCodeWithDefault onSubmit={(values) => submitted.push(values)} />);
    await expect.element(codeField()).toHaveValue('123456');
    const slots = [...screen.container.querySelectorAll('[data-vk-otp-slot]')].map(
      (slot) => slot.textContent,
    );
    expect(slots).toEqual(['1', '2', '3', '4', '5', '6']);
    await userEvent.click(submitButton());
    await expect.poll(() => submitted).toEqual([{ phone: '', code: '123456' }]);
  });

  it('register: a failed rule focuses the phone field (shouldFocusError) and setFocus focuses the code', async () => {
    let focusCode: () => void = () => {};
    await render(<RegisterWithFocus onFocusCode={(focus) => (focusCode = focus)} />);
    await userEvent.click(submitButton());
    await expect.element(page.getByRole('alert')).toHaveTextContent('Enter a number');
    await expect.element(phoneField()).toHaveFocus();
    focusCode();
    await expect.element(codeField()).toHaveFocus();
  });

  it('Controller: the field’s value is E.164, its ref focuses the input on an error, blur marks it touched', async () => {
    const submitted: SignUpValues[] = [];
    let touched: Record<string, boolean | undefined> = {};
    await render(
      <ControllerSignUp
        onSubmit={(values) => submitted.push(values)}
        onTouched={(next) => (touched = next)}
      />,
    );
    await userEvent.click(submitButton());
    await expect.element(phoneField()).toHaveFocus();
    expect(submitted).toEqual([]);
    await userEvent.keyboard('2015550123');
    await userEvent.click(codeField());
    expect(touched.phone).toBe(true);
    await userEvent.keyboard('654321');
    await userEvent.click(submitButton());
    await expect.poll(() => submitted).toEqual([{ phone: '+12015550123', code: '654321' }]);
  });
});

describe('PhoneInput with TanStack Form and Formik', () => {
  it('TanStack Form: handleChange gets the E.164 number, handleBlur marks it touched', async () => {
    const submitted: { phone: string }[] = [];
    let touched: Record<string, boolean | undefined> = {};
    await render(
      <TanStackSignUp onSubmit={(values) => submitted.push(values)} onTouched={(next) => (touched = next)} />,
    );
    await userEvent.type(phoneField(), '2015550123');
    await userEvent.click(submitButton());
    expect(touched.phone).toBe(true);
    await expect.poll(() => submitted).toEqual([{ phone: '+12015550123' }]);
  });

  it('Formik: setFieldValue gets the E.164 number, handleBlur by name marks it touched', async () => {
    const submitted: { phone: string }[] = [];
    let touched: Record<string, boolean | undefined> = {};
    await render(
      <FormikSignUp onSubmit={(values) => submitted.push(values)} onTouched={(next) => (touched = next)} />,
    );
    await userEvent.type(phoneField(), '2015550123');
    await userEvent.click(submitButton());
    expect(touched.phone).toBe(true);
    await expect.poll(() => submitted).toEqual([{ phone: '+12015550123' }]);
  });
});

describe('PhoneInput in a plain form', () => {
  it('posts the E.164 number under its name in FormData, and the code under its own', async () => {
    const posted: [string, FormDataEntryValue][][] = [];
    await render(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          posted.push([...new FormData(event.currentTarget).entries()]);
        }}
      >
        <PhoneInput defaultCountry="GB" name="phone" />
        <OtpInput webOtp={false} name="code" />
        <button type="submit">Sign up</button>
      </form>,
    );
    await userEvent.type(phoneField(), '020 7946 0958');
    await userEvent.type(codeField(), '424242');
    await userEvent.click(submitButton());
    // One entry per name: the visible, formatted text is not posted beside the E.164 value.
    expect(posted).toEqual([
      [
        ['phone', '+442079460958'],
        ['code', '424242'],
      ],
    ]);
  });

  it('forwards ref to the number input and to the code input', async () => {
    const phoneRef = createRef<HTMLInputElement>();
    const codeRef = createRef<HTMLInputElement>();
    await render(
      <>
        <PhoneInput ref={phoneRef} defaultCountry="US" />
        <OtpInput ref={codeRef} webOtp={false} />
      </>,
    );
    expect(phoneRef.current).toBe(phoneField().element());
    expect(codeRef.current).toBe(codeField().element());
    phoneRef.current?.focus();
    await expect.element(phoneField()).toHaveFocus();
  });
});
