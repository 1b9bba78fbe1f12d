import type { RandomSource } from './randomSource';

/**
 * The two shapes of `cliFilter` Sinch sends. `suffix`: the caller number's known start, then the unknown last
 * digits, `+4610888(\d{4})`. `infix`: some known digits inside the number, `(.*)5312(.*)`.
 */
export type CliFilterShape = 'suffix' | 'infix';

export interface FlashCallCliOptions {
  /**
   * Caller number prefixes (E.164) the emulator "calls" from; each call picks one and appends the unknown digits.
   * @default ['+4610888', '+4420300', '+1201555']
   */
  cliPool?: readonly string[];
  /** How many trailing digits the `suffix` filter leaves unknown. @default 4 */
  unknownDigits?: number;
  /** The filter shape answered for ordinary numbers (a magic number forces `infix`). @default 'suffix' */
  filterShape?: CliFilterShape;
}

export const DEFAULT_CLI_POOL: readonly string[] = ['+4610888', '+4420300', '+1201555'];
export const DEFAULT_UNKNOWN_DIGITS = 4;

export function generateCli(random: RandomSource, pool: readonly string[], unknownDigits: number): string {
  const prefix = pool[random(pool.length)] ?? DEFAULT_CLI_POOL[0] ?? '+4610888';
  let cli = prefix;
  for (let index = 0; index < unknownDigits; index++) cli += String(random(10));
  return cli;
}

/** The `cliFilter` for a caller number: literal text, with only the parenthesised groups as regexes. */
export function cliFilterFor(cli: string, shape: CliFilterShape, unknownDigits: number): string {
  switch (shape) {
    case 'suffix': {
      const unknown = Math.min(Math.max(unknownDigits, 1), cli.length - 2);
      return `${cli.slice(0, cli.length - unknown)}(\\d{${unknown}})`;
    }
    case 'infix':
      // Four known digits just before the last two, as in Sinch's own example `(.*)5312(.*)`.
      return `(.*)${cli.slice(-6, -2)}(.*)`;
    default:
      return shape satisfies never;
  }
}

/**
 * The regular expression a `cliFilter` stands for, anchored to the whole number: text outside parentheses is
 * literal, each parenthesised group is a regex. `undefined` when the filter is not well formed.
 */
export function cliFilterToRegExp(filter: string): RegExp | undefined {
  let source = '';
  let index = 0;
  while (index < filter.length) {
    const character = filter.charAt(index);
    if (character === '(') {
      let depth = 0;
      let end = index;
      for (; end < filter.length; end++) {
        const inner = filter.charAt(end);
        if (inner === '\\') end++;
        else if (inner === '(') depth++;
        else if (inner === ')' && --depth === 0) break;
      }
      if (end >= filter.length) return undefined;
      source += filter.slice(index, end + 1);
      index = end + 1;
    } else {
      source += character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      index++;
    }
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return undefined;
  }
}

/** Caller numbers compare by their digits: `+46 10 888 1234`, `0046108881234` and `+46108881234` are one number. */
export function sameCli(reported: string, expected: string): boolean {
  const digits = (value: string) => value.replace(/^\s*(\+|00)/, '').replace(/[\s\-().]/g, '');
  const reportedDigits = digits(reported);
  return /^\d+$/.test(reportedDigits) && reportedDigits === digits(expected);
}
