import type { VerificationMethodWire } from '@verikit/core';
import type { VerificationRecord } from './verificationRecord';

/**
 * The verifications an emulator keeps, indexed the ways Sinch looks them up: by id, by number and method, by
 * reference and by seamless link. Lookups cost the same with 10 or 10,000 verifications kept (a scan of every record
 * on each status or report by number was ~10% of a whole flow's time at 8,000 records).
 */
export interface VerificationStore {
  /** Keeps a new verification; past the limit the oldest one is forgotten everywhere. */
  add(record: VerificationRecord): void;
  /**
   * Puts the next state of a kept verification in place of its last (the reducer returns new records); one already
   * forgotten stays forgotten. Its id, number, method, reference and seamless link never change.
   */
  update(record: VerificationRecord): void;
  get(id: string): VerificationRecord | undefined;
  /** The newest verification of this number and method that passes `test` (every one when no test is given). */
  newestOf(
    e164: string,
    method: VerificationMethodWire,
    test?: (record: VerificationRecord) => boolean,
  ): VerificationRecord | undefined;
  /** The newest verification started with this reference. */
  newestWithReference(reference: string): VerificationRecord | undefined;
  withSeamlessToken(token: string): VerificationRecord | undefined;
  /** The verifications of the same number (any method) started before this one, oldest first. */
  olderOfSameNumber(record: VerificationRecord): VerificationRecord[];
  clear(): void;
  readonly size: number;
}

/**
 * A store that keeps the newest `limit` verifications. The indexes hold ids, oldest first, so a new state of a
 * record is one write, and the one to forget is always the head of every list it is in; the age order itself is a
 * queue, not the id Map (finding the Map's first live entry walks past the deleted ones before it).
 */
export function createVerificationStore(limit: number): VerificationStore {
  const byId = new Map<string, VerificationRecord>();
  const byNumber = new Map<string, string[]>();
  const byNumberAndMethod = new Map<string, string[]>();
  const byReference = new Map<string, string[]>();
  const bySeamlessToken = new Map<string, string>();
  let queue: (string | undefined)[] = [];
  let head = 0;

  const methodKey = (e164: string, method: VerificationMethodWire) => `${method} ${e164}`;

  function append(index: Map<string, string[]>, key: string, id: string): void {
    const list = index.get(key);
    if (list) list.push(id);
    else index.set(key, [id]);
  }

  function dropHead(index: Map<string, string[]>, key: string, id: string): void {
    const list = index.get(key);
    if (list?.[0] !== id) return;
    if (list.length === 1) index.delete(key);
    else list.shift();
  }

  function forgetOldest(): boolean {
    const id = queue[head];
    const oldest = id === undefined ? undefined : byId.get(id);
    if (id === undefined || !oldest) return false;
    queue[head] = undefined;
    head++;
    // Compact now and then, so the queue's dead front never outgrows the live part.
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    byId.delete(id);
    dropHead(byNumber, oldest.identity.endpoint, id);
    dropHead(byNumberAndMethod, methodKey(oldest.identity.endpoint, oldest.method), id);
    if (oldest.reference !== undefined) dropHead(byReference, oldest.reference, id);
    if (oldest.seamlessToken !== undefined) bySeamlessToken.delete(oldest.seamlessToken);
    return true;
  }

  const recordsOf = (ids: readonly string[]): VerificationRecord[] => ids.flatMap((id) => byId.get(id) ?? []);

  return {
    add(record) {
      byId.set(record.id, record);
      queue.push(record.id);
      append(byNumber, record.identity.endpoint, record.id);
      append(byNumberAndMethod, methodKey(record.identity.endpoint, record.method), record.id);
      if (record.reference !== undefined) append(byReference, record.reference, record.id);
      if (record.seamlessToken !== undefined) bySeamlessToken.set(record.seamlessToken, record.id);
      while (byId.size > limit && forgetOldest()) {}
    },
    update(record) {
      if (byId.has(record.id)) byId.set(record.id, record);
    },
    get: (id) => byId.get(id),
    newestOf(e164, method, test) {
      const list = byNumberAndMethod.get(methodKey(e164, method));
      if (!list) return undefined;
      // Newest first: the one wanted is nearly always the last (a new start aborts the older pending ones).
      for (let index = list.length - 1; index >= 0; index--) {
        const record = byId.get(list[index] ?? '');
        if (record && (!test || test(record))) return record;
      }
      return undefined;
    },
    newestWithReference(reference) {
      const id = byReference.get(reference)?.at(-1);
      return id === undefined ? undefined : byId.get(id);
    },
    withSeamlessToken(token) {
      const id = bySeamlessToken.get(token);
      return id === undefined ? undefined : byId.get(id);
    },
    olderOfSameNumber(record) {
      const list = byNumber.get(record.identity.endpoint) ?? [];
      // Not there (forgotten while its start waited on a callback): everything left is newer.
      const index = list.lastIndexOf(record.id);
      return index === -1 ? [] : recordsOf(list.slice(0, index));
    },
    clear() {
      byId.clear();
      byNumber.clear();
      byNumberAndMethod.clear();
      byReference.clear();
      bySeamlessToken.clear();
      queue = [];
      head = 0;
    },
    get size() {
      return byId.size;
    },
  };
}
