import 'server-only';
import { randomBytes } from 'node:crypto';
import {
  createMemoryRateLimitStore,
  createVerificationProxy,
  DEFAULT_SINCH_BASE_URL,
  type ProxyStore,
  type VerificationProxyHandler,
} from '@verikit/proxy';
import { createSinchEmulator, EMULATOR_APPLICATION, type SinchEmulator } from '@verikit/sinch-emulator';

/** Where the route handler in app/api/verification/[...path]/route.ts answers; the browser's client calls it. */
export const PROXY_BASE_PATH = '/api/verification';
/** Where app/api/sinch-emulator/[...path]/route.ts exposes the emulator (inbox, faults) when it is in use. */
export const EMULATOR_BASE_PATH = '/api/sinch-emulator';

export interface Verification {
  /** The proxy: the route handler's `(Request) => Response`. */
  proxy: VerificationProxyHandler;
  /** What the proxy signs proofs with; the server action checks them with it. */
  proofSecret: string;
  /** The embedded Sinch emulator, or `undefined` on real Sinch. */
  emulator: SinchEmulator | undefined;
  /** Remembers each proof that created an account until it expires (`verifyProof`'s `consume`). One process: memory;
   * several instances: a Redis store or your database's unique column. */
  usedProofs: ProxyStore;
}

// One proxy per server process, kept on globalThis: `next dev` re-runs modules on every edit, and each route may get
// its own copy of this module. Without it a reload would forget the rate limits and the emulator's verifications,
// and the server action could hold a different proof secret from the route handler that signed the proof.
const KEY = Symbol.for('verikit-example.verification');
type WithVerification = typeof globalThis & { [KEY]?: Verification };

export function verification(): Verification {
  const holder = globalThis as WithVerification;
  holder[KEY] ??= createVerification(process.env);
  return holder[KEY];
}

function createVerification(env: NodeJS.ProcessEnv): Verification {
  const usedProofs = createMemoryRateLimitStore();
  // Next.js gives a route handler no socket address, only headers. With 1, the per-IP limits count the rightmost
  // X-Forwarded-For address: the one your single reverse proxy (Vercel's edge, nginx, a load balancer) wrote. Put one
  // in front: `next start` fills X-Forwarded-For only when a request has none, so a client that reaches it directly
  // picks its own address. Two proxies of yours in a row (a CDN, then a load balancer): 2.
  const trustProxyHeaders = 1;
  if (env.SINCH_APPLICATION_KEY && env.SINCH_APPLICATION_SECRET) {
    if (!env.VERIKIT_PROOF_SECRET) throw new Error('Set VERIKIT_PROOF_SECRET (32 random bytes, base64url).');
    return {
      proxy: createVerificationProxy({
        applicationKey: env.SINCH_APPLICATION_KEY,
        applicationSecret: env.SINCH_APPLICATION_SECRET,
        sinchBaseUrl: env.SINCH_BASE_URL || DEFAULT_SINCH_BASE_URL,
        proof: { secret: env.VERIKIT_PROOF_SECRET },
        basePath: PROXY_BASE_PATH,
        trustProxyHeaders,
      }),
      proofSecret: env.VERIKIT_PROOF_SECRET,
      emulator: undefined,
      usedProofs,
    };
  }
  // No Sinch credentials: the embedded emulator, in-process (no port, no network). Never by accident in production.
  if (env.NODE_ENV === 'production' && env.VERIKIT_EMULATOR !== '1')
    throw new Error(
      'Set SINCH_APPLICATION_KEY and SINCH_APPLICATION_SECRET, or VERIKIT_EMULATOR=1 to run on the embedded emulator.',
    );
  const emulatorUrl = `http://localhost${EMULATOR_BASE_PATH}`;
  const emulator = createSinchEmulator({
    baseUrl: emulatorUrl,
    logger: (line) => console.info(`[sinch-emulator] ${line}`),
  });
  const proofSecret = env.VERIKIT_PROOF_SECRET || randomBytes(32).toString('base64url');
  return {
    proxy: createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      sinchBaseUrl: emulatorUrl,
      fetch: (request) => emulator.fetch(request),
      proof: { secret: proofSecret },
      basePath: PROXY_BASE_PATH,
      trustProxyHeaders,
    }),
    proofSecret,
    emulator,
    usedProofs,
  };
}
