import type { VerificationMethodWire } from '@verikit/core';

/** What a phone received: an SMS, a missed call, a voice call, or the seamless link its data session opened. */
export interface Delivery {
  id: string;
  verificationId: string;
  method: VerificationMethodWire;
  /** The number it went to, E.164. */
  to: string;
  /** What the person sees or hears: the SMS text, "Missed call from …", the callout's words. */
  text: string;
  /** The code in an SMS or callout. */
  code?: string;
  /** The caller number of a flash call, E.164. */
  cli?: string;
  /** ISO-8601, on the emulator's clock. */
  at: string;
}

export interface Inbox {
  /** Every delivery, newest first. */
  all(): Delivery[];
  /** Deliveries to one number (E.164), newest first. */
  for(e164: string): Delivery[];
  /** The newest delivery to one number. */
  latest(e164: string): Delivery | undefined;
  clear(): void;
  /** Called with each new delivery (e.g. a live phone panel); returns the unsubscribe function. */
  subscribe(listener: (delivery: Delivery) => void): () => void;
}

export interface WritableInbox extends Inbox {
  deliver(delivery: Delivery): void;
}

/**
 * An inbox that keeps the newest `limit` deliveries, so a long-running emulator does not grow without bound. Kept per
 * number too, so a phone panel or a test asking for one number's latest delivery does not scan everyone's.
 */
export function createInbox(limit: number, onListenerError: (error: unknown) => void): WritableInbox {
  // Oldest first internally (cheap appends); reversed on the way out.
  let deliveries: Delivery[] = [];
  let byNumber = new Map<string, Delivery[]>();
  const listeners = new Set<(delivery: Delivery) => void>();

  function forgetOldest(): void {
    const oldest = deliveries.shift();
    if (!oldest) return;
    const ofNumber = byNumber.get(oldest.to);
    // The oldest delivery overall is the oldest of its number too.
    if (ofNumber?.[0] === oldest) {
      if (ofNumber.length === 1) byNumber.delete(oldest.to);
      else ofNumber.shift();
    }
  }

  return {
    all: () => deliveries.slice().reverse(),
    for: (e164) => (byNumber.get(e164) ?? []).slice().reverse(),
    latest: (e164) => byNumber.get(e164)?.at(-1),
    clear: () => {
      deliveries = [];
      byNumber = new Map();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    deliver: (delivery) => {
      deliveries.push(delivery);
      const ofNumber = byNumber.get(delivery.to);
      if (ofNumber) ofNumber.push(delivery);
      else byNumber.set(delivery.to, [delivery]);
      while (deliveries.length > limit) forgetOldest();
      for (const listener of [...listeners]) {
        // A throwing listener must not break the API answer or the other listeners.
        try {
          listener(delivery);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
