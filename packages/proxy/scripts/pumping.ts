/**
 * SMS pumping, simulated: the proxy with its DEFAULT options on the in-process emulator, one manual clock.
 *
 * Per scenario, a fresh proxy and emulator. Real people sign up all along (RATE_PER_HOUR, spread over REAL_COUNTRIES,
 * each from their own address, 80 % of them typing the code 20–120 s later, the rest walking away); after WARM_UP_HOURS
 * a botnet sends ATTACK_STARTS starts, each from a distinct address (half IPv4, half IPv6 in distinct /48s), to
 * numbers of one kind, within one hour (a burst) and, in a second run of each, spread over 24 hours (a slow drip).
 * Printed per scenario: the attack starts that reached Sinch, the real people (who meant to finish) during the attack
 * who verified, and the real starts refused by any limit from the first minute on (the launch included).
 *
 *   pnpm bench:pumping                 # goal: ≤ 5 % of attack starts reach Sinch, ≥ 99 % of real people verify
 *   ATTACK_HOURS=6 pnpm bench:pumping  # one spread only
 *
 * Then each scenario once more with a bot check (`botCheck`, adaptive, Turnstile's siteverify stand-in in-process):
 * a real person asked for a token solves the widget and starts again; the botnet has no tokens.
 */

import { createManualClock, createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { turnstileVerifier } from '../src/botCheck/turnstileVerifier';
import { createVerificationProxy } from '../src/createVerificationProxy';
import { createSiteverifyStandIn, SITEVERIFY_TEST_TOKENS } from '../src/testing/siteverifyStandIn';

const RATE_PER_HOUR = Number(process.env.RATE_PER_HOUR ?? 150);
const WARM_UP_HOURS = 6;
const ATTACK_SPREADS_HOURS = process.env.ATTACK_HOURS ? [Number(process.env.ATTACK_HOURS)] : [1, 24];
const ATTACK_STARTS = Number(process.env.ATTACK_STARTS ?? 1000);
const CONVERSION = 0.8;
const REAL_COUNTRIES = ['SE', 'DE', 'GB', 'FR', 'US', 'BR', 'IN', 'JP'] as const;
const HOUR = 3_600_000;

/** A deterministic generator (mulberry32), so every run prints the same figures. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number of `types` near the country's example mobile number (its last digits drawn), or undefined. */
function numberLike(template: string, next: () => number, types: readonly string[]): string | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const digits = template.slice(0, -4) + String(Math.floor(next() * 10_000)).padStart(4, '0');
    const type = parsePhoneNumberFromString(digits)?.getType();
    if (type && types.includes(type)) return digits;
  }
  return undefined;
}

const MOBILE = ['MOBILE', 'FIXED_LINE_OR_MOBILE'] as const;
const mobileTemplates = new Map<string, string>(
  getCountries().flatMap((country) => {
    const example = getExampleNumber(country, examples)?.number;
    return example ? [[country, example] as const] : [];
  }),
);

interface Target {
  name: string;
  /** The attack's n-th number. */
  target: (index: number, next: () => number) => string;
}

const targets: Target[] = [
  {
    name: 'personal numbers +44 70',
    target: (_index, next) => `+4470${String(Math.floor(next() * 1e8)).padStart(8, '0')}`,
  },
  {
    name: 'premium rate +44 909',
    target: (_index, next) => `+44909${String(Math.floor(next() * 1e7)).padStart(7, '0')}`,
  },
  {
    name: 'mobiles, every country',
    target: (index, next) => {
      const countries = [...mobileTemplates.keys()];
      const template = mobileTemplates.get(countries[index % countries.length] as string) as string;
      return numberLike(template, next, MOBILE) ?? template;
    },
  },
];

/**
 * The bot check's own scenario: mobiles of one country real people verify in, so the breaker trips where real people
 * are. Without a bot check they are refused for its cool-off; with one, they solve the widget and go on.
 */
const swedishMobiles: Target = {
  name: 'mobiles of SE (a real country)',
  target: (_index, next) => {
    const template = mobileTemplates.get('SE') as string;
    return numberLike(template, next, MOBILE) ?? template;
  },
};

type Event =
  | { at: number; kind: 'real-start'; number: string; ip: string; finishes: boolean; duringAttack: boolean }
  | { at: number; kind: 'real-report'; number: string; ip: string; id: string; duringAttack: boolean }
  | { at: number; kind: 'attack'; number: string; ip: string };

async function run(target: Target, attackHours: number, withBotCheck = false) {
  const epoch = Date.parse('2026-03-02T06:00:00Z');
  const clock = createManualClock(epoch);
  const emulator = createSinchEmulator({ now: clock.now, seed: 7 });
  const turnstile = { secretKey: 'pumping-bench-turnstile-secret', siteKey: 'pumping-bench-site-key' };
  const standIn = createSiteverifyStandIn({ provider: 'turnstile', ...turnstile });
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: emulator.fetch,
    now: clock.now,
    proof: { secret: 'pumping-bench-proof-secret-0123456789abcdef' },
    ...(withBotCheck && {
      botCheck: { verifier: turnstileVerifier({ ...turnstile, fetch: standIn.fetch }) },
    }),
  });
  let solved = 0;
  const next = random(42);
  const events: Event[] = [];
  const realHours = WARM_UP_HOURS + attackHours;
  for (let index = 0; index < RATE_PER_HOUR * realHours; index++) {
    const at = epoch + next() * realHours * HOUR;
    const country = REAL_COUNTRIES[index % REAL_COUNTRIES.length] as string;
    const number = numberLike(mobileTemplates.get(country) as string, next, MOBILE);
    if (!number) continue;
    const ip = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
    events.push({
      at,
      kind: 'real-start',
      number,
      ip,
      finishes: next() < CONVERSION,
      duringAttack: at >= epoch + WARM_UP_HOURS * HOUR,
    });
  }
  for (let index = 0; index < ATTACK_STARTS; index++) {
    const at = epoch + WARM_UP_HOURS * HOUR + next() * attackHours * HOUR;
    const ip =
      index % 2 === 0
        ? `${1 + ((index >> 16) & 127)}.${(index >> 8) & 255}.${index & 255}.${1 + (index % 250)}`
        : `2001:db8:${(index & 0xffff).toString(16)}::${(index % 97).toString(16)}`;
    events.push({ at, kind: 'attack', number: target.target(index, next), ip });
  }

  const start = (number: string, ip: string, botCheckToken?: string) =>
    proxy(
      new Request('http://app.local/api/verification/verifications', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          identity: { type: 'number', endpoint: number },
          method: 'sms',
          botCheckToken,
        }),
      }),
      { clientIp: ip },
    );
  const tally = {
    attackSent: 0,
    realMeant: 0,
    realVerified: 0,
    realRefused: 0,
    /** Real people shown the widget (each solved it and started again). */
    realAsked: 0,
    refusals: new Map<string, number>(),
  };
  const queue = [...events].sort((a, b) => a.at - b.at);
  while (queue.length > 0) {
    const event = queue.shift() as Event;
    if (event.at > clock.now()) clock.advance(event.at - clock.now());
    if (event.kind === 'attack') {
      const response = await start(event.number, event.ip);
      if (response.status === 200) tally.attackSent++;
      else {
        const code = ((await response.json()) as { error: { code: string } }).error.code;
        tally.refusals.set(code, (tally.refusals.get(code) ?? 0) + 1);
      }
    } else if (event.kind === 'real-start') {
      if (event.finishes && event.duringAttack) tally.realMeant++;
      let response = await start(event.number, event.ip);
      if (response.status === 403) {
        tally.realAsked++;
        response = await start(event.number, event.ip, `${SITEVERIFY_TEST_TOKENS.pass}${++solved}`);
      }
      if (response.status !== 200) tally.realRefused++;
      if (response.status !== 200 || !event.finishes) continue;
      const { id } = (await response.json()) as { id: string };
      const report: Event = { ...event, kind: 'real-report', id, at: event.at + 20_000 + next() * 100_000 };
      queue.splice(queue.findIndex((other) => other.at > report.at) >>> 0, 0, report);
    } else {
      const code = emulator.inbox.latest(event.number)?.code;
      const response = await proxy(
        new Request(`http://app.local/api/verification/verifications/id/${event.id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method: 'sms', sms: { code } }),
        }),
        { clientIp: event.ip },
      );
      const result = (await response.json()) as { status?: string };
      if (result.status === 'SUCCESSFUL' && event.duringAttack) tally.realVerified++;
    }
  }
  return tally;
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
console.log(
  `SMS pumping with the proxy's default options: ${ATTACK_STARTS} attack starts from distinct addresses (IPv4 and ` +
    `IPv6 /48s), after ${WARM_UP_HOURS} h of real sign-ups; ${RATE_PER_HOUR} real people an hour ` +
    `in ${REAL_COUNTRIES.join(', ')}, ${CONVERSION * 100} % of them typing the code.\n`,
);
let holds = true;
const report = (
  name: string,
  attackHours: number,
  tally: Awaited<ReturnType<typeof run>>,
  asked: boolean,
) => {
  const refusals = [...tally.refusals].map(([code, count]) => `${code} ${count}`).join(', ');
  console.log(
    `${`${name}, over ${attackHours} h`.padEnd(40)} attack starts that reached Sinch: ${String(tally.attackSent).padStart(4)} of ${ATTACK_STARTS} ` +
      `(${percent(tally.attackSent, ATTACK_STARTS)}); real people verified: ${tally.realVerified} of ${tally.realMeant} ` +
      `(${percent(tally.realVerified, tally.realMeant)}), real starts refused: ${tally.realRefused}` +
      `${asked ? `, real people asked for a bot check: ${tally.realAsked}` : ''}; attack refused: ${refusals || 'none'}`,
  );
};
const meets = (tally: Awaited<ReturnType<typeof run>>) =>
  tally.attackSent / ATTACK_STARTS <= 0.05 && tally.realVerified / Math.max(1, tally.realMeant) >= 0.99;
for (const attackHours of ATTACK_SPREADS_HOURS)
  for (const target of targets) {
    const tally = await run(target, attackHours);
    holds &&= meets(tally);
    report(target.name, attackHours, tally, false);
  }
console.log(
  '\nThe same with botCheck: { verifier: turnstileVerifier(...) } (adaptive); the botnet has no tokens, a real person asked for one solves the widget:\n',
);
for (const attackHours of ATTACK_SPREADS_HOURS)
  for (const target of [...targets, swedishMobiles]) {
    const tally = await run(target, attackHours, true);
    // The Swedish scenario is the bot check's own, shown beside its run without one: not part of the issue's goal.
    if (target !== swedishMobiles) holds &&= meets(tally);
    report(target.name, attackHours, tally, true);
    if (target === swedishMobiles)
      report(`  the same without botCheck`, attackHours, await run(target, attackHours), false);
  }
console.log(holds ? '\ngoal met: ≤ 5 % of attack starts, ≥ 99 % of real people' : '\ngoal NOT met');
process.exitCode = holds ? 0 : 1;
