// The app's server: Express 5 with verikit's proxy middleware, the signup route that checks the proof, and the
// page (Vite's dev middleware with `--dev`, the built `dist/` otherwise). On the embedded Sinch emulator unless
// SINCH_APPLICATION_KEY and SINCH_APPLICATION_SECRET are set.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import {
  createMemoryRateLimitStore,
  createVerificationProxy,
  DEFAULT_SINCH_BASE_URL,
  ProofError,
  verifyProof,
} from '@verikit/proxy';
import { createExpressMiddleware } from '@verikit/proxy/express';
import { requestFromIncoming, writeResponse } from '@verikit/proxy/node';
import { createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import express from 'express';

const isDev = process.argv.includes('--dev');
const env = process.env;
const EMULATOR_PATH = '/sinch-emulator';
const isRealSinch = Boolean(env.SINCH_APPLICATION_KEY && env.SINCH_APPLICATION_SECRET);
if (!isRealSinch && !isDev && env.VERIKIT_EMULATOR !== '1') {
  console.error(
    'Set SINCH_APPLICATION_KEY and SINCH_APPLICATION_SECRET, or VERIKIT_EMULATOR=1 for the emulator.',
  );
  process.exit(1);
}
if (isRealSinch && !env.VERIKIT_PROOF_SECRET) {
  console.error('Set VERIKIT_PROOF_SECRET (32 random bytes, base64url).');
  process.exit(1);
}
const proofSecret = env.VERIKIT_PROOF_SECRET || randomBytes(32).toString('base64url');

const emulator = isRealSinch
  ? undefined
  : createSinchEmulator({
      baseUrl: `http://localhost${EMULATOR_PATH}`,
      logger: (line) => console.info(`[sinch-emulator] ${line}`),
    });
const proxy = createVerificationProxy({
  ...(emulator
    ? {
        applicationKey: EMULATOR_APPLICATION.key,
        applicationSecret: EMULATOR_APPLICATION.secret,
        sinchBaseUrl: emulator.baseUrl,
        fetch: (request) => emulator.fetch(request),
      }
    : { sinchBaseUrl: env.SINCH_BASE_URL || DEFAULT_SINCH_BASE_URL }),
  allowedMethods: ['sms'],
  proof: { secret: proofSecret },
  // The per-IP limits count the socket's address (Express passes it). Behind a reverse proxy, set 1 instead.
  trustProxyHeaders: false,
});

const app = express();
// Before any body parser: the proxy reads the raw body itself, with its own size limit.
app.use(createExpressMiddleware(proxy));

if (emulator) {
  // What the emulated phones received, for development and tests: GET /sinch-emulator/emulator/inbox/{e164}.
  app.use(EMULATOR_PATH, async (request, response) => {
    await writeResponse(
      await emulator.fetch(requestFromIncoming(request, { url: request.originalUrl })),
      response,
    );
  });
}

// The app's own route: it trusts the phone number only from a proof that checks out, for the number in the form,
// used once (one process: memory; several instances: a Redis store or a unique column in your database).
const usedProofs = createMemoryRateLimitStore();
const REFUSALS = {
  wrong_phone_number: 'The verified number is not the one in the form.',
  already_used: 'This phone verification was already used. Verify again.',
};
app.post('/api/signup', express.json(), async (request, response) => {
  const { name, phoneNumber, proof } = request.body ?? {};
  if (typeof name !== 'string' || name.trim() === '')
    return response.status(400).json({ message: 'Enter your name.' });
  if (typeof proof !== 'string' || proof === '' || typeof phoneNumber !== 'string')
    return response.status(400).json({ message: 'Verify your phone number first.' });
  try {
    const verified = await verifyProof(proof, {
      secret: proofSecret,
      expectedPhoneNumber: phoneNumber,
      consume: usedProofs,
    });
    return response
      .status(201)
      .json({ message: `Account created for ${name.trim()}, ${verified.phoneNumber}` });
  } catch (error) {
    if (!(error instanceof ProofError)) throw error;
    const message = REFUSALS[error.code] ?? 'Your phone verification could not be checked. Verify again.';
    return response.status(error.code === 'already_used' ? 409 : 401).json({ message });
  }
});

if (isDev) {
  const { createServer: createViteServer } = await import('vite');
  const vite = await createViteServer({ server: { middlewareMode: true }, appType: 'spa' });
  app.use(vite.middlewares);
} else {
  app.use(express.static('dist'));
  app.get('/{*path}', (_request, response) => response.sendFile('index.html', { root: 'dist' }));
}

const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '127.0.0.1';
createServer(app).listen(port, host, () => {
  console.info(
    `verikit example on http://${host}:${port} (${emulator ? 'embedded Sinch emulator' : 'Sinch'})`,
  );
});
