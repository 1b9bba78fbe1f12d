/** Uniform integers in `[0, bound)`: seeded (reproducible) or from Web Crypto. */
export type RandomSource = (bound: number) => number;

/**
 * A seeded generator (mulberry32): the same seed gives the same codes, ids and caller numbers, run after run.
 * Not for secrets — the emulator's codes protect nothing.
 */
export function seededRandom(seed: number): RandomSource {
  let state = Math.trunc(seed) >>> 0;
  return (bound) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(unit * bound);
  };
}

/** Web Crypto randomness (available in Node, browsers and edge runtimes, secure context or not). */
export function cryptoRandomSource(): RandomSource {
  // One getRandomValues call per 256 numbers: a call per number made random draws most of a start's CPU time.
  const pool = new Uint32Array(256);
  let next = pool.length;
  const draw = () => {
    if (next === pool.length) {
      crypto.getRandomValues(pool);
      next = 0;
    }
    return pool[next++] ?? 0;
  };
  return (bound) => {
    // Rejection sampling keeps the distribution uniform for bounds that do not divide 2^32.
    const limit = Math.floor(4294967296 / bound) * bound;
    for (;;) {
      const value = draw();
      if (value < limit) return value % bound;
    }
  };
}

/** A verification id shaped like Sinch's current ones (a UUID). */
export function randomId(random: RandomSource): string {
  let hex = '';
  for (let index = 0; index < 32; index++) hex += random(16).toString(16);
  // Version 4, RFC 4122 variant, so it reads as a well-formed UUID.
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
