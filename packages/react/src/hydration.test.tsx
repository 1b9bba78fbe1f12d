import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASE_URL, createTestStack } from './testing/createTestStack';
import { useOtpField } from './useOtpField';
import { usePhoneVerification } from './usePhoneVerification';
import { useVerificationStatus } from './useVerificationStatus';
import { useWebOtp } from './useWebOtp';
import { VerificationProvider } from './VerificationProvider';

// What a server-rendered signup page does: HTML from the server, then React takes it over in the browser.
function Signup({ statusId }: { statusId: string }) {
  const verification = usePhoneVerification({ methods: ['sms'], statusPollIntervalMs: false });
  const status = useVerificationStatus(statusId);
  const { isSupported } = useWebOtp({ onCode: () => {}, enabled: false });
  const otp = useOtpField({ length: 4, label: 'Code' });
  return (
    <>
      <p>Step: {verification.step}</p>
      <p>Status: {status.data?.status ?? 'unknown'}</p>
      <p>WebOTP: {isSupported ? 'yes' : 'no'}</p>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the label is wired by labelProps (htmlFor) */}
      <label {...otp.labelProps}>Code</label>
      <input {...otp.inputProps} />
    </>
  );
}

let root: Root | undefined;
const globals = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
const wasActEnvironment = globals.IS_REACT_ACT_ENVIRONMENT;
beforeEach(() => {
  // `act` from React itself (hydrateRoot has no Testing Library wrapper) needs the flag Testing Library sets.
  globals.IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  act(() => root?.unmount());
  globals.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
  root = undefined;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'credentials');
});

describe('hydration', () => {
  it('takes over the server’s HTML without a mismatch, then turns on what only the browser has', async () => {
    const stack = createTestStack();
    const started = await stack.fetch(`${BASE_URL}/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity: { type: 'number', endpoint: '+46701234567' }, method: 'sms' }),
    });
    const { id } = (await started.json()) as { id: string };
    const app = (
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <Signup statusId={id} />
      </VerificationProvider>
    );
    // On the server there is no document: hide it while rendering, as Node would.
    const container = document.createElement('div');
    vi.stubGlobal('document', undefined);
    container.innerHTML = renderToString(app);
    vi.unstubAllGlobals();
    document.body.append(container);
    const readsOnServer = stack.count('GET');

    // The browser has WebOTP; the server could not know.
    vi.stubGlobal('OTPCredential', class {});
    Object.defineProperty(navigator, 'credentials', {
      value: { get: () => new Promise(() => {}) },
      configurable: true,
    });
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, app, { onRecoverableError });
    });

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(readsOnServer).toBe(0);
    expect(screen.getByText('WebOTP: yes')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.getByText('Step: idle')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Status: PENDING')).toBeInTheDocument());
  });
});
