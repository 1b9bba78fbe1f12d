import settings from 'virtual:verikit-playground';

export type SignupOutcome = { ok: true; message: string } | { ok: false; message: string };

/** Posts the signup with the proxy's proof to the app's own route, which checks the proof with `verifyProof`. */
export async function submitSignup(body: {
  name: string;
  email: string;
  proof: string;
  phoneNumber: string;
}): Promise<SignupOutcome> {
  try {
    const response = await fetch(settings.signupUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => ({}))) as { message?: unknown };
    const message =
      typeof answer.message === 'string' ? answer.message : `The server answered HTTP ${response.status}.`;
    return { ok: response.ok, message };
  } catch {
    return { ok: false, message: 'Could not reach the server. Check that the dev server is running.' };
  }
}
