import { act, renderHook, waitFor } from '@testing-library/react';
import { VerificationError } from '@verikit/core';
import { verifyProof } from '@verikit/proxy';
import { describe, expect, it, vi } from 'vitest';
import { createTestStack, PROOF_SECRET } from './testing/createTestStack';
import { wrapperFor } from './testing/wrapperFor';
import { useReportCode } from './useReportCode';
import { useStartVerification } from './useStartVerification';
import { useVerificationStatus } from './useVerificationStatus';

const NUMBER = '+46701234567';

function useSignup(id?: string) {
  return { start: useStartVerification(), report: useReportCode(), status: useVerificationStatus(id) };
}

async function started(stack: ReturnType<typeof createTestStack>, method: 'sms' | 'flashCall' = 'sms') {
  const hook = renderHook(({ id }: { id?: string }) => useSignup(id), {
    wrapper: wrapperFor(stack.fetch),
    initialProps: {},
  });
  let id = '';
  await act(async () => {
    id = (await hook.result.current.start.mutateAsync({ phoneNumber: NUMBER, method })).id;
  });
  return { ...hook, id };
}

describe('useReportCode', () => {
  it('resolves a wrong code as FAIL with its reason, not as an error', async () => {
    const stack = createTestStack();
    const { result, id } = await started(stack);
    const code = stack.emulator.inbox.latest(NUMBER)?.code as string;
    act(() => result.current.report.mutate({ id, method: 'sms', code: code === '0000' ? '1111' : '0000' }));
    await waitFor(() => expect(result.current.report.isSuccess).toBe(true));
    expect(result.current.report.data).toMatchObject({ status: 'FAIL', reason: 'Invalid code' });
  });

  it('verifies by id with the proof, and puts the answer in the status cache', async () => {
    const stack = createTestStack();
    const { result, rerender, id } = await started(stack);
    act(() =>
      result.current.report.mutate({
        id,
        method: 'sms',
        code: stack.emulator.inbox.latest(NUMBER)?.code as string,
      }),
    );
    await waitFor(() => expect(result.current.report.data?.status).toBe('SUCCESSFUL'));
    const proof = result.current.report.data?.proof as string;
    await expect(verifyProof(proof, { secret: PROOF_SECRET, now: stack.clock.now })).resolves.toMatchObject({
      phoneNumber: NUMBER,
    });
    const gets = stack.count('GET');
    rerender({ id });
    expect(result.current.status.data).toMatchObject({ status: 'SUCCESSFUL' });
    expect(stack.count('GET')).toBe(gets);
  });

  it('reports a flash call by number with the caller’s number', async () => {
    const stack = createTestStack();
    const { result } = await started(stack, 'flashCall');
    const cli = stack.emulator.inbox.latest(NUMBER)?.cli as string;
    act(() => result.current.report.mutate({ phoneNumber: NUMBER, method: 'flashCall', code: cli }));
    await waitFor(() => expect(result.current.report.data?.status).toBe('SUCCESSFUL'));
    expect(stack.requests.at(-1)?.path).toBe(`/api/verification/verifications/number/${NUMBER}`);
  });

  it('sends one report when the same code is submitted twice at once (autofill and a click)', async () => {
    const stack = createTestStack();
    const { result, id } = await started(stack);
    const code = stack.emulator.inbox.latest(NUMBER)?.code as string;
    await act(async () => {
      await Promise.all([
        result.current.report.mutateAsync({ id, method: 'sms', code }),
        result.current.report.mutateAsync({ id, method: 'sms', code }),
      ]);
    });
    expect(stack.count('PUT')).toBe(1);
  });

  it('takes null options as none', async () => {
    const stack = createTestStack();
    const { id } = await started(stack);
    const { result } = renderHook(() => useReportCode(null as never), { wrapper: wrapperFor(stack.fetch) });
    const code = stack.emulator.inbox.latest(NUMBER)?.code as string;
    act(() => result.current.mutate({ id, method: 'sms', code }));
    await waitFor(() => expect(result.current.data?.status).toBe('SUCCESSFUL'));
  });

  it('answers bad variables with a typed error and sends nothing', async () => {
    const stack = createTestStack();
    const { result, id } = await started(stack);
    const reportsBefore = stack.count('PUT');
    const cases: Array<[unknown, string]> = [
      [{ id, method: 'fax', code: '1234' }, 'method_not_allowed'],
      [{ id, method: 'seamless', code: '1234' }, 'method_not_allowed'],
      [{ id, method: 'sms', code: 1234 }, 'invalid_request'],
      [{ id, method: 'sms', code: '' }, 'invalid_request'],
      [{ id, method: 'sms' }, 'invalid_request'],
      [{ id: '', method: 'sms', code: '1234' }, 'invalid_request'],
      [{ phoneNumber: '0701234567', method: 'sms', code: '1234' }, 'invalid_phone_number'],
      [undefined, 'method_not_allowed'],
    ];
    for (const [variables, code] of cases) {
      let error: unknown;
      await act(async () => {
        error = await result.current.report
          .mutateAsync(variables as never)
          .catch((reason: unknown) => reason);
      });
      expect(error, JSON.stringify(variables)).toBeInstanceOf(VerificationError);
      expect((error as VerificationError).code, JSON.stringify(variables)).toBe(code);
    }
    expect(stack.count('PUT')).toBe(reportsBefore);
  });

  it('aborts a report in flight when the component unmounts, and calls nobody back', async () => {
    const stack = createTestStack();
    const { id, unmount: unmountStarter } = await started(stack);
    unmountStarter();
    const onError = vi.fn();
    const onSettled = vi.fn();
    const onSuccess = vi.fn();
    const { result, unmount } = renderHook(() => useReportCode({ onError, onSettled, onSuccess }), {
      wrapper: wrapperFor(stack.fetch),
    });
    stack.hold();
    let settled: Promise<unknown> = Promise.resolve();
    act(() => {
      settled = result.current
        .mutateAsync({ id, method: 'sms', code: stack.emulator.inbox.latest(NUMBER)?.code as string })
        .catch((error: unknown) => error);
    });
    await waitFor(() => expect(stack.count('PUT')).toBe(1));
    unmount();
    await expect(settled).resolves.toMatchObject({ code: 'aborted' });
    expect(stack.requests.at(-1)?.signal.aborted).toBe(true);
    stack.release();
    expect(onError).not.toHaveBeenCalled();
    expect(onSettled).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
  });
});
