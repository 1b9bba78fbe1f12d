import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadPhoneMetadata } from '@verikit/core/phone';
import { createRef } from 'react';
import { useForm } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import { OtpInput } from './OtpInput/OtpInput';
import { PhoneInput } from './PhoneInput/PhoneInput';

// Also run on React 18 by `pnpm test:react18`: `ref` must reach the inputs there too, where it is no prop.
beforeAll(async () => {
  await loadPhoneMetadata('US');
});

function RegisterSignUp({ onSubmit }: { onSubmit: (values: { phone: string }) => void }) {
  const { register, handleSubmit } = useForm({ defaultValues: { phone: '' } });
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      <PhoneInput defaultCountry="US" {...register('phone', { required: true })} />
      <button type="submit">Sign up</button>
    </form>
  );
}

describe('PhoneInput and OtpInput refs and form events', () => {
  it('forwards ref to the number input and to the code input', () => {
    const phoneRef = createRef<HTMLInputElement>();
    const codeRef = createRef<HTMLInputElement>();
    render(
      <>
        <PhoneInput ref={phoneRef} defaultCountry="US" />
        <OtpInput ref={codeRef} webOtp={false} />
      </>,
    );
    expect(phoneRef.current).toBe(screen.getByRole('textbox', { name: 'Phone number' }));
    expect(codeRef.current).toBe(screen.getByRole('textbox', { name: 'Verification code' }));
  });

  it('gives react-hook-form’s register the E.164 number and lets it focus the field on an error', async () => {
    const submitted: { phone: string }[] = [];
    render(<RegisterSignUp onSubmit={(values) => submitted.push(values)} />);
    const input = screen.getByRole('textbox', { name: 'Phone number' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign up' })));
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.change(input, { target: { value: '2015550123' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign up' })));
    await waitFor(() => expect(submitted).toEqual([{ phone: '+12015550123' }]));
  });
});
