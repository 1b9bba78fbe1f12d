import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createVerificationClient } from '@verikit/core';
import { verifyProof } from '@verikit/proxy';
import { Activity, StrictMode, useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BASE_URL, createTestStack, PROOF_SECRET } from './testing/createTestStack';
import { type UsePhoneVerificationOptions, usePhoneVerification } from './usePhoneVerification';
import { VerificationProvider } from './VerificationProvider';

// The hook against the real proxy and emulator, in-process; the flow's clock moves only when a test moves it.
const NUMBER = '+46701234567';

function SignupForm(props: UsePhoneVerificationOptions & { autoStart?: string }) {
  const { autoStart, ...options } = props;
  const verification = usePhoneVerification({ statusPollIntervalMs: false, ...options });
  const [code, setCode] = useState('');
  const { start } = verification;
  useEffect(() => {
    if (autoStart) start(autoStart);
  }, [autoStart, start]);
  return (
    <div>
      <p>Step: {verification.step}</p>
      {verification.error && <p role="alert">{verification.error.message}</p>}
      {verification.step === 'idle' && (
        <button type="button" onClick={() => verification.start(NUMBER)}>
          Send code
        </button>
      )}
      {(verification.step === 'waiting' || verification.step === 'verifying') && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            verification.submitCode(code);
          }}
        >
          <label>
            Code
            <input value={code} onChange={(event) => setCode(event.target.value)} />
          </label>
          <p>Expires in {verification.secondsLeft} s</p>
          <p>{verification.attemptsLeft} attempts left</p>
          <button type="submit">Verify</button>
          <button type="button" disabled={!verification.canResend} onClick={verification.resend}>
            {verification.canResend ? 'Resend' : `Resend in ${verification.resendInSeconds} s`}
          </button>
        </form>
      )}
      {verification.step === 'verified' && <p>Verified {verification.phoneNumber}</p>}
    </div>
  );
}

function MethodForm({ clock }: { clock: UsePhoneVerificationOptions['clock'] }) {
  const verification = usePhoneVerification({ clock, statusPollIntervalMs: false });
  return (
    <>
      <button type="button" onClick={() => verification.start(NUMBER, 'fax' as 'sms')}>
        Send by fax
      </button>
      <p>Step: {verification.step}</p>
      {verification.error && <p role="alert">{verification.error.message}</p>}
    </>
  );
}

function HandTypedForm({ clock }: { clock: UsePhoneVerificationOptions['clock'] }) {
  const verification = usePhoneVerification({ clock, statusPollIntervalMs: false });
  const [code, setCode] = useState('');
  return (
    <>
      <button type="button" onClick={() => verification.start(NUMBER)}>
        Send code
      </button>
      <label>
        Code
        <input
          value={code}
          onChange={(event) => {
            // The person types: the browser need not offer to read the SMS any more.
            verification.webOtp.abort();
            setCode(event.target.value);
          }}
        />
      </label>
      <p>WebOTP: {verification.webOtp.isSupported ? 'supported' : 'not supported'}</p>
      <p>Step: {verification.step}</p>
    </>
  );
}

function DoubleClickForm({ clock }: { clock: UsePhoneVerificationOptions['clock'] }) {
  const verification = usePhoneVerification({ clock, statusPollIntervalMs: false });
  return (
    <>
      <button type="button" onClick={() => verification.start(NUMBER)}>
        Send code
      </button>
      <p>Step: {verification.step}</p>
    </>
  );
}

function ChangeNumberForm({ clock }: { clock: UsePhoneVerificationOptions['clock'] }) {
  const verification = usePhoneVerification({ clock, statusPollIntervalMs: false });
  return (
    <>
      <button type="button" onClick={() => verification.start(NUMBER)}>
        Send to {NUMBER}
      </button>
      <button type="button" onClick={() => verification.start('+46701234568')}>
        Send to +46701234568
      </button>
      <button type="button" onClick={verification.changeNumber}>
        Change number
      </button>
      {verification.step === 'waiting' && <p>Code sent to {verification.phoneNumber}</p>}
    </>
  );
}

/** A page with a widget of its own: a button that hands the flow the token it types. */
function BotCheckForm({ clock }: { clock: UsePhoneVerificationOptions['clock'] }) {
  const verification = usePhoneVerification({ clock, statusPollIntervalMs: false });
  const [token, setToken] = useState('');
  const { botCheck } = verification;
  return (
    <>
      <p>Step: {verification.step}</p>
      {verification.error && <p role="alert">{verification.error.message}</p>}
      {verification.step === 'idle' && (
        <button type="button" onClick={() => verification.start(NUMBER)}>
          Send code
        </button>
      )}
      {botCheck && (
        <section aria-label="Bot check">
          <p>
            Widget: {botCheck.challenge.provider} for {botCheck.phoneNumber} by {botCheck.method}
          </p>
          <label>
            Token
            <input value={token} onChange={(event) => setToken(event.target.value)} />
          </label>
          <button type="button" onClick={() => verification.submitBotCheckToken(token)}>
            Continue
          </button>
          <button type="button" onClick={verification.cancelBotCheck}>
            Cancel
          </button>
        </section>
      )}
      {verification.step === 'waiting' && <p>Code sent to {verification.phoneNumber}</p>}
    </>
  );
}

describe('usePhoneVerification', () => {
  it('takes a person from “send code” to verified, with a proof the backend accepts', async () => {
    const user = userEvent.setup();
    const { emulator, fetch, clock } = createTestStack();
    const onVerified = vi.fn();
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={fetch}>
        <SignupForm clock={clock} onVerified={onVerified} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const input = await screen.findByRole('textbox', { name: 'Code' });
    expect(screen.getByRole('button', { name: 'Resend in 30 s' })).toBeDisabled();
    await user.type(input, emulator.inbox.latest(NUMBER)?.code as string);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText(`Verified ${NUMBER}`)).toBeInTheDocument();
    expect(onVerified).toHaveBeenCalledTimes(1);
    const [{ proof, phoneNumber }] = onVerified.mock.calls[0] as [{ proof: string; phoneNumber: string }];
    expect(phoneNumber).toBe(NUMBER);
    await expect(verifyProof(proof, { secret: PROOF_SECRET, now: clock.now })).resolves.toMatchObject({
      phoneNumber: NUMBER,
    });
  });

  it('sends one code when StrictMode runs the starting effect twice', async () => {
    const stack = createTestStack();
    render(
      <StrictMode>
        <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
          <SignupForm clock={stack.clock} autoStart={NUMBER} />
        </VerificationProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('textbox', { name: 'Code' })).toBeInTheDocument();
    expect(stack.count('POST')).toBe(1);
    expect(stack.countAtSinch('start')).toBe(1);
    expect(stack.emulator.inbox.all()).toHaveLength(1);
  });

  it('sends one code on a double click', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <DoubleClickForm clock={stack.clock} />
      </VerificationProvider>,
    );
    await user.dblClick(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Step: waiting')).toBeInTheDocument();
    expect(stack.count('POST')).toBe(1);
    expect(stack.countAtSinch('start')).toBe(1);
  });

  it('does not retry a start that failed: one request reaches Sinch, and the person may try again', async () => {
    const user = userEvent.setup();
    const stack = createTestStack({
      faults: [{ match: NUMBER, on: ['start'], fault: 'httpError', status: 503, times: 1 }],
    });
    const onError = vi.fn();
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <SignupForm clock={stack.clock} onError={onError} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The verification service is not available right now. Please try again in a moment.',
    );
    expect(onError).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ code: 'upstream_unavailable' }),
    );
    // Time passes (polling, cooldowns): still nothing is sent again by itself.
    act(() => stack.clock.advance(120_000));
    expect(stack.countAtSinch('start')).toBe(1);
    expect(stack.emulator.inbox.all()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByRole('textbox', { name: 'Code' })).toBeInTheDocument();
    expect(stack.countAtSinch('start')).toBe(2);
  });

  it('answers a method it does not know with a message for the person, sending nothing', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <MethodForm clock={stack.clock} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send by fax' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This way of verifying is not available. Choose another.',
    );
    expect(screen.getByText('Step: idle')).toBeInTheDocument();
    expect(stack.requests).toHaveLength(0);
  });

  it('needs no provider when given a client of its own, and says what to do without either', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    const client = createVerificationClient({ baseUrl: BASE_URL, fetch: stack.fetch });
    render(<SignupForm clock={stack.clock} client={client} />);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByRole('textbox', { name: 'Code' })).toBeInTheDocument();
    expect(stack.countAtSinch('start')).toBe(1);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => render(<SignupForm clock={stack.clock} />)).toThrow(
        /wrap your form in <VerificationProvider/,
      );
    } finally {
      quiet.mockRestore();
    }
  });

  it('takes null options as none', () => {
    const { fetch } = createTestStack();
    const { result } = renderHook(() => usePhoneVerification(null as never), {
      wrapper: ({ children }) => (
        <VerificationProvider baseUrl={BASE_URL} fetch={fetch}>
          {children}
        </VerificationProvider>
      ),
    });
    expect(result.current).toMatchObject({ step: 'idle', canStart: true });
  });

  it('refuses options that cannot work at once, saying which', () => {
    const { fetch } = createTestStack();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const [options, problem] of [
        [{ methods: [] }, /`methods` must list some of sms, flashCall, callout, seamless/],
        [{ methods: ['fax'] }, /`methods`/],
        [{ codeLength: 0 }, /`codeLength` must be an integer ≥ 1/],
        [{ resendCooldownMs: Number.NaN }, /`resendCooldownMs`/],
      ] as const) {
        expect(() =>
          render(
            <VerificationProvider baseUrl={BASE_URL} fetch={fetch}>
              <SignupForm {...(options as UsePhoneVerificationOptions)} />
            </VerificationProvider>,
          ),
        ).toThrow(problem);
      }
    } finally {
      quiet.mockRestore();
    }
  });

  it('aborts the request in flight on unmount and reports nothing afterwards', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    const onError = vi.fn();
    const onVerified = vi.fn();
    stack.hold();
    const { unmount } = render(
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <SignupForm clock={stack.clock} onError={onError} onVerified={onVerified} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(screen.getByText('Step: starting')).toBeInTheDocument();
    unmount();
    const consoleError = vi.spyOn(console, 'error');
    await waitFor(() => expect(stack.requests[0]?.signal.aborted).toBe(true));
    stack.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onError).not.toHaveBeenCalled();
    expect(onVerified).not.toHaveBeenCalled();
    // No state update reaches the unmounted component (React 18 would say so here).
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('counts the countdowns down once a second and enables resend when the cooldown ends', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <SignupForm clock={stack.clock} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Expires in 600 s')).toBeInTheDocument();
    act(() => stack.clock.advance(1000));
    expect(screen.getByText('Expires in 599 s')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resend in 29 s' })).toBeDisabled();
    act(() => stack.clock.advance(500));
    expect(screen.getByRole('button', { name: 'Resend in 29 s' })).toBeDisabled();
    act(() => stack.clock.advance(28_500));
    expect(screen.getByRole('button', { name: 'Resend' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(stack.emulator.inbox.all()).toHaveLength(2));
    expect(await screen.findByRole('button', { name: 'Resend in 30 s' })).toBeDisabled();
  });

  it('shows a wrong code’s message and the attempts left, then accepts the right one', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <SignupForm clock={stack.clock} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const input = await screen.findByRole('textbox', { name: 'Code' });
    const code = stack.emulator.inbox.latest(NUMBER)?.code as string;
    await user.type(input, code === '0000' ? '1111' : '0000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That code is not right. Check it and try again.',
    );
    expect(screen.getByText('4 attempts left')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText(`Verified ${NUMBER}`)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('submits a code read by WebOTP once, even when the person also submits it by hand', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    let deliver: (credential: { code: string }) => void = () => {};
    const get = vi.fn(() => new Promise<{ code: string }>((resolve) => (deliver = resolve)));
    vi.stubGlobal('OTPCredential', class {});
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    try {
      render(
        <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
          <SignupForm clock={stack.clock} />
        </VerificationProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      const input = await screen.findByRole('textbox', { name: 'Code' });
      await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
      const code = stack.emulator.inbox.latest(NUMBER)?.code as string;
      await user.type(input, code);
      act(() => deliver({ code }));
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(await screen.findByText(`Verified ${NUMBER}`)).toBeInTheDocument();
      expect(stack.count('PUT')).toBe(1);
      expect(stack.countAtSinch('report')).toBe(1);
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'credentials');
    }
  });

  it('stops the WebOTP request when the person types the code by hand, and a code it reads late is not sent', async () => {
    const user = userEvent.setup();
    const stack = createTestStack();
    const requests: Array<{ signal: AbortSignal; deliver: (credential: { code: string }) => void }> = [];
    const get = vi.fn(
      ({ signal }: { signal: AbortSignal }) =>
        new Promise<{ code: string }>((resolve) => requests.push({ signal, deliver: resolve })),
    );
    vi.stubGlobal('OTPCredential', class {});
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    try {
      render(
        <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
          <HandTypedForm clock={stack.clock} />
        </VerificationProvider>,
      );
      expect(screen.getByText('WebOTP: supported')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      await waitFor(() => expect(get).toHaveBeenCalledTimes(1));
      expect(requests[0]?.signal.aborted).toBe(false);
      await user.type(screen.getByRole('textbox', { name: 'Code' }), '1');
      expect(requests[0]?.signal.aborted).toBe(true);
      const code = stack.emulator.inbox.latest(NUMBER)?.code as string;
      await act(async () => requests[0]?.deliver({ code }));
      expect(screen.getByText('Step: waiting')).toBeInTheDocument();
      expect(stack.count('PUT')).toBe(0);
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'credentials');
    }
  });

  // <Activity> is React 19.2+; the same tests also run on React 18 (vitest.react18.config.ts).
  it.skipIf(typeof Activity === 'undefined')(
    'keeps its place while <Activity> hides the form, and counts on when it shows again',
    async () => {
      const user = userEvent.setup();
      const stack = createTestStack();
      const form = (mode: 'visible' | 'hidden') => (
        <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
          <Activity mode={mode}>
            <SignupForm clock={stack.clock} />
          </Activity>
        </VerificationProvider>
      );
      const { rerender } = render(form('visible'));
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      expect(await screen.findByText('Expires in 600 s')).toBeInTheDocument();
      rerender(form('hidden'));
      await act(async () => {
        await Promise.resolve();
        stack.clock.advance(10_000);
      });
      rerender(form('visible'));
      expect(await screen.findByText('Expires in 590 s')).toBeInTheDocument();
      await user.type(
        screen.getByRole('textbox', { name: 'Code' }),
        stack.emulator.inbox.latest(NUMBER)?.code as string,
      );
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(await screen.findByText(`Verified ${NUMBER}`)).toBeInTheDocument();
    },
  );

  it('ignores the late answer for a number the person already changed', async () => {
    const stack = createTestStack();
    const other = '+46701234568';
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
        <ChangeNumberForm clock={stack.clock} />
      </VerificationProvider>,
    );
    stack.hold();
    await userEvent.click(screen.getByRole('button', { name: `Send to ${NUMBER}` }));
    await userEvent.click(screen.getByRole('button', { name: 'Change number' }));
    await userEvent.click(screen.getByRole('button', { name: `Send to ${other}` }));
    stack.release();
    expect(await screen.findByText(`Code sent to ${other}`)).toBeInTheDocument();
    expect(screen.queryByText(`Code sent to ${NUMBER}`)).not.toBeInTheDocument();
  });

  it('shows the bot check the proxy asks for, sends the token once, and comes back with the error when it is refused', async () => {
    const user = userEvent.setup();
    const checked: string[] = [];
    const { clock, fetch, countAtSinch } = createTestStack({
      proxyOptions: {
        botCheck: {
          when: 'always',
          verifier: (token) => checked.push(token) > 0 && token.startsWith('human-'),
        },
      },
    });
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={fetch}>
        <BotCheckForm clock={clock} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const section = await screen.findByRole('region', { name: 'Bot check' });
    expect(section).toHaveTextContent(`Widget: custom for ${NUMBER} by sms`);
    expect(screen.getByRole('alert')).toHaveTextContent('Confirm you are a person to continue.');
    await user.type(screen.getByRole('textbox', { name: 'Token' }), 'robot');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not confirm you are a person. Please try again.',
    );
    expect(screen.getByText('Step: botCheck')).toBeInTheDocument();
    // The same token again is not sent.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.clear(screen.getByRole('textbox', { name: 'Token' }));
    await user.type(screen.getByRole('textbox', { name: 'Token' }), 'human-1');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(`Code sent to ${NUMBER}`)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Bot check' })).not.toBeInTheDocument();
    expect(checked).toEqual(['robot', 'human-1']);
    expect(countAtSinch('start')).toBe(1);
  });

  it('cancels the bot check back to phone entry without sending anything', async () => {
    const user = userEvent.setup();
    const { clock, fetch, count } = createTestStack({
      proxyOptions: { botCheck: { when: 'always', verifier: () => true } },
    });
    render(
      <VerificationProvider baseUrl={BASE_URL} fetch={fetch}>
        <BotCheckForm clock={clock} />
      </VerificationProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Send code' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(count('POST')).toBe(1);
  });
});
