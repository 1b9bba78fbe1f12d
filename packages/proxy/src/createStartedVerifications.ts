import type { VerificationMethod } from '@verikit/core';

/** A verification this proxy started: Sinch's id for it, and what it was started for. */
export interface StartedVerification {
  id: string;
  /** E.164. */
  phoneNumber: string;
  method: VerificationMethod;
}

/**
 * The verifications this proxy instance started, so that a report by number and a report by id of the same
 * verification count against one attempt cap, and a success reported by id is proved without asking Sinch which
 * number it was for.
 */
export interface StartedVerifications {
  remember(verification: StartedVerification): void;
  /** The verification with this id, if this instance started it (recently enough). */
  byId(id: string): StartedVerification | undefined;
  /**
   * The newest verification started for this number by this method: the one Sinch's report by number reports
   * (Sinch picks the newest of that number and method).
   */
  newestFor(phoneNumber: string, method: VerificationMethod): StartedVerification | undefined;
}

export interface StartedVerificationsOptions {
  /** How long a verification is remembered, in milliseconds. */
  ttlMs: number;
  /** The most remembered at once; the oldest are forgotten first. */
  maxEntries: number;
  now: () => number;
}

interface Entry extends StartedVerification {
  startedAt: number;
}

/** An in-memory record of started verifications, bounded in size and age, with no timers. */
export function createStartedVerifications(options: StartedVerificationsOptions): StartedVerifications {
  const byId = new Map<string, Entry>();
  const newest = new Map<string, Entry>();
  // Entries in the order they started, oldest from `head`. Not the Map's own order: V8 keeps a deleted Map entry as a
  // hole until the table is rebuilt, and walking past thousands of holes from the front made each eviction cost
  // about 17 µs at the cap (measured); this queue makes it O(1).
  let queue: Entry[] = [];
  let head = 0;
  const keyOf = (phoneNumber: string, method: VerificationMethod) => `${phoneNumber} ${method}`;

  function forget(entry: Entry): void {
    // A re-remembered id has a newer entry: the old one's place in the queue no longer speaks for it.
    if (byId.get(entry.id) !== entry) return;
    byId.delete(entry.id);
    const key = keyOf(entry.phoneNumber, entry.method);
    if (newest.get(key) === entry) newest.delete(key);
  }

  function isLive(entry: Entry | undefined, at: number): entry is Entry {
    return entry !== undefined && at - entry.startedAt < options.ttlMs;
  }

  return {
    remember(verification) {
      const at = options.now();
      const previous = byId.get(verification.id);
      if (previous) forget(previous);
      const entry: Entry = {
        id: verification.id,
        phoneNumber: verification.phoneNumber,
        method: verification.method,
        startedAt: at,
      };
      byId.set(entry.id, entry);
      newest.set(keyOf(entry.phoneNumber, entry.method), entry);
      queue.push(entry);
      // Amortised O(1): each entry leaves the queue once, from the old end.
      while (head < queue.length) {
        const oldest = queue[head] as Entry;
        if (byId.get(oldest.id) === oldest && byId.size <= options.maxEntries && isLive(oldest, at)) break;
        forget(oldest);
        head += 1;
      }
      if (head > 1024 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
    },
    byId(id) {
      const entry = byId.get(id);
      return isLive(entry, options.now()) ? entry : undefined;
    },
    newestFor(phoneNumber, method) {
      const entry = newest.get(keyOf(phoneNumber, method));
      return isLive(entry, options.now()) ? entry : undefined;
    },
  };
}
