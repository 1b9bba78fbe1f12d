import type { VerificationMethodWire } from '@verikit/core';
import { type FaultRoute, type FaultRule, faultMatches, parseFaultRule } from './faultRule';

/** The faults that hit one API call: the summed latency, then the first other matching rule. */
export interface FaultHits {
  latencyMs: number;
  hit: Exclude<FaultRule, { fault: 'latency' }> | undefined;
}

/**
 * The one place fault rules are kept: `emulator.faults`, `POST/GET/DELETE /emulator/faults`, `reset()` and every API
 * call go through it.
 */
export interface FaultBook {
  /** Checks every rule, then adds them all, or none: the first bad rule's message otherwise. */
  add(rules: readonly unknown[]): { ok: true } | { ok: false; message: string };
  clear(): void;
  /** The rules in force, oldest first (magic numbers not included). */
  list(): FaultRule[];
  /** Back to the rules the emulator was created with. */
  reset(): void;
  /** The faults that hit a call: your rules first (counting down their `times`), then the magic numbers'. */
  hitsFor(call: { route: FaultRoute; number: string; method: VerificationMethodWire }): FaultHits;
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

/** A fault book holding `initial` (checked: a bad one is a `TypeError`), with `magic` rules always checked last. */
export function createFaultBook(initial: readonly FaultRule[], magic: readonly FaultRule[]): FaultBook {
  const checkedInitial = initial.map((rule) => {
    const checked = parseFaultRule(rule);
    if (!checked.ok) throw new TypeError(`Invalid fault rule: ${checked.message}`);
    return checked.rule;
  });
  const active = (rule: FaultRule): ActiveRule => ({
    rule,
    remaining: rule.times ?? Number.POSITIVE_INFINITY,
  });
  let rules: ActiveRule[] = checkedInitial.map(active);

  return {
    add(candidates) {
      const checked: FaultRule[] = [];
      for (const candidate of candidates) {
        const result = parseFaultRule(candidate);
        if (!result.ok) return result;
        checked.push(result.rule);
      }
      rules.push(...checked.map(active));
      return { ok: true };
    },
    clear() {
      rules = [];
    },
    list: () => rules.map(({ rule }) => rule),
    reset() {
      rules = checkedInitial.map(active);
    },
    hitsFor(call) {
      let latencyMs = 0;
      let hit: FaultHits['hit'];
      for (const entry of rules) {
        if (entry.remaining <= 0 || !faultMatches(entry.rule, call)) continue;
        if (entry.rule.fault === 'latency') {
          entry.remaining--;
          latencyMs += entry.rule.ms;
        } else if (!hit) {
          entry.remaining--;
          hit = entry.rule;
        }
      }
      rules = rules.filter((entry) => entry.remaining > 0);
      for (const rule of magic) {
        if (!faultMatches(rule, call)) continue;
        if (rule.fault === 'latency') latencyMs += rule.ms;
        else hit ??= rule;
      }
      return { latencyMs, hit };
    },
  };
}
