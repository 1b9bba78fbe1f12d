import { describe, expect, it } from 'vitest';
import { createInbox, type Delivery } from './inbox';

const delivery = (id: string, to = '+46700000000'): Delivery => ({
  id,
  verificationId: `v-${id}`,
  method: 'sms',
  to,
  text: `Your verification code is ${id}.`,
  code: id,
  at: '2026-01-01T00:00:00.000Z',
});

describe('inbox', () => {
  it('keeps the newest deliveries up to its limit, newest first', () => {
    const inbox = createInbox(2, () => {});
    inbox.deliver(delivery('1'));
    inbox.deliver(delivery('2', '+46701234567'));
    inbox.deliver(delivery('3'));
    expect(inbox.all().map((item) => item.id)).toEqual(['3', '2']);
    expect(inbox.for('+46700000000').map((item) => item.id)).toEqual(['3']);
    expect(inbox.latest('+46701234567')?.id).toBe('2');
    expect(inbox.latest('+1')).toBeUndefined();
  });

  it('forgets a number’s deliveries as they age out, and everything on clear', () => {
    const inbox = createInbox(3, () => {});
    inbox.deliver(delivery('1'));
    inbox.deliver(delivery('2', '+46701234567'));
    inbox.deliver(delivery('3'));
    inbox.deliver(delivery('4', '+46701234567'));
    inbox.deliver(delivery('5', '+46701234567'));
    expect(inbox.all().map((item) => item.id)).toEqual(['5', '4', '3']);
    expect(inbox.for('+46700000000').map((item) => item.id)).toEqual(['3']);
    expect(inbox.for('+46701234567').map((item) => item.id)).toEqual(['5', '4']);
    inbox.deliver(delivery('6', '+46701234567'));
    expect(inbox.for('+46700000000')).toEqual([]);
    expect(inbox.latest('+46700000000')).toBeUndefined();
    inbox.clear();
    expect(inbox.all()).toEqual([]);
    expect(inbox.latest('+46701234567')).toBeUndefined();
    inbox.deliver(delivery('7'));
    expect(inbox.for('+46700000000').map((item) => item.id)).toEqual(['7']);
  });

  it('keeps delivering to other listeners when one throws, and reports the error', () => {
    const errors: unknown[] = [];
    const inbox = createInbox(10, (error) => errors.push(error));
    const seen: string[] = [];
    inbox.subscribe(() => {
      throw new Error('panel crashed');
    });
    inbox.subscribe((item) => seen.push(item.id));
    inbox.deliver(delivery('1'));
    expect(seen).toEqual(['1']);
    expect(errors).toHaveLength(1);
  });

  it('hands out copies: changing a returned list does not change the inbox', () => {
    const inbox = createInbox(10, () => {});
    inbox.deliver(delivery('1'));
    inbox.all().pop();
    inbox.for('+46700000000').pop();
    expect(inbox.all()).toHaveLength(1);
    expect(inbox.for('+46700000000')).toHaveLength(1);
  });
});
