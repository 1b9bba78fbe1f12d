/** At most so many starts per clock hour and per day (fixed windows from the first start). */
export interface BudgetRule {
  perHour: number;
  perDay: number;
}

/**
 * Aggregate budgets of starts: what stops a botnet that rotates addresses and numbers. The defaults are far above
 * what an app of a few thousand sign-ups a day sends (its busiest country sees a few hundred starts in its busiest
 * hour, a prefix a few dozen), and far below what a pumping run sends.
 */
export interface StartBudgets {
  /** Starts to numbers of one country. @default { perHour: 1000, perDay: 10000 } */
  perCountry: BudgetRule | false;
  /** Starts to one number prefix (the calling code and `prefixDigits` digits: +44 7012). @default { perHour: 120, perDay: 1000 } */
  perPrefix: BudgetRule | false;
  /** Starts in all. @default { perHour: 5000, perDay: 50000 } */
  global: BudgetRule | false;
  /** Digits after the calling code that make a prefix. @default 4 */
  prefixDigits: number;
}

export const DEFAULT_START_BUDGETS: StartBudgets = {
  perCountry: { perHour: 1000, perDay: 10_000 },
  perPrefix: { perHour: 120, perDay: 1000 },
  global: { perHour: 5000, perDay: 50_000 },
  prefixDigits: 4,
};

/** Merges the option over the defaults; a TypeError for a value that would silently disable a budget. */
export function resolveStartBudgets(
  budgets: Partial<StartBudgets> | false | undefined,
): StartBudgets | undefined {
  if (budgets === false) return undefined;
  if (budgets !== undefined && (typeof budgets !== 'object' || budgets === null))
    throw new TypeError('budgets must be false or { perCountry?, perPrefix?, global?, prefixDigits? }');
  const resolved = { ...DEFAULT_START_BUDGETS, ...budgets };
  for (const name of ['perCountry', 'perPrefix', 'global'] as const) {
    const rule = resolved[name];
    if (rule !== false && !(isCount(rule?.perHour) && isCount(rule?.perDay)))
      throw new TypeError(`budgets.${name} must be false or { perHour: integer ≥ 1, perDay: integer ≥ 1 }`);
  }
  if (!(Number.isInteger(resolved.prefixDigits) && resolved.prefixDigits >= 1 && resolved.prefixDigits <= 8))
    throw new TypeError('budgets.prefixDigits must be an integer from 1 to 8');
  return resolved;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
