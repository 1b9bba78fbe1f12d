/**
 * What a person must type for a flash call. Sinch's `cliFilter` is literal text in which only the parenthesised
 * groups are regular expressions, matched against the whole caller number (CLI).
 */
export type CliChallenge =
  | {
      /** The caller number is known but for some digits: show `prefix`, ask for `unknownDigits`, show `suffix`. */
      kind: 'digits';
      /** Known text before the first unknown digit, e.g. `+4670123`. */
      prefix: string;
      /** Known text after the last unknown digit (usually empty). */
      suffix: string;
      /** How many digits the person types. */
      unknownDigits: number;
      /** The known text and unknown digit counts in order, for fillers with gaps in the middle. */
      parts: ReadonlyArray<string | number>;
      /** The filter itself, for matching. */
      cliFilter: string;
    }
  | {
      /** The unknown part has no fixed length (e.g. `(.*)5312(.*)`): ask for the whole caller number. */
      kind: 'wholeNumber';
      /** The literal text the number contains, e.g. `5312` (empty when the filter says nothing). */
      hint: string;
      cliFilter: string;
    };

/** Turns a `cliFilter` into what the person must type. Never throws: an unreadable filter asks for the whole number. */
export function parseCliFilter(cliFilter: string): CliChallenge {
  const whole: CliChallenge = { kind: 'wholeNumber', hint: '', cliFilter: String(cliFilter ?? '') };
  if (typeof cliFilter !== 'string') return whole;
  const parts: Array<string | number> = [];
  let literal = '';
  let index = 0;
  while (index < cliFilter.length) {
    const character = cliFilter[index] as string;
    if (character === '(') {
      const close = cliFilter.indexOf(')', index);
      if (close === -1) return whole;
      parts.push(literal);
      literal = '';
      parts.push(fixedLength(cliFilter.slice(index + 1, close)));
      index = close + 1;
    } else {
      literal += character;
      index++;
    }
  }
  parts.push(literal);
  const hint = parts.filter((part): part is string => typeof part === 'string').join('');
  if (parts.some((part) => Number.isNaN(part))) return { ...whole, hint };
  const counts = parts.filter((part): part is number => typeof part === 'number');
  const unknownDigits = counts.reduce((sum, count) => sum + count, 0);
  if (unknownDigits === 0) return { ...whole, hint };
  const merged = mergeParts(parts);
  const first = merged[0];
  const last = merged[merged.length - 1];
  return {
    kind: 'digits',
    prefix: typeof first === 'string' ? first : '',
    suffix: typeof last === 'string' && merged.length > 1 ? last : '',
    unknownDigits,
    parts: merged,
    cliFilter,
  };
}

/** The digits one group stands for, or NaN when it has no fixed length (`.*`, `\d+`, `\d{2,4}`, alternations). */
function fixedLength(group: string): number {
  let count = 0;
  let index = 0;
  while (index < group.length) {
    let atom: string;
    if (group.startsWith('\\d', index)) atom = '\\d';
    else if (group.startsWith('[0-9]', index)) atom = '[0-9]';
    else if (group[index] === '.') atom = '.';
    else return Number.NaN;
    index += atom.length;
    const quantifier = /^\{(\d+)\}/.exec(group.slice(index));
    if (quantifier) {
      count += Number(quantifier[1]);
      index += quantifier[0].length;
    } else if (/^[*+?{]/.test(group.slice(index))) {
      return Number.NaN;
    } else {
      count += 1;
    }
  }
  return count;
}

function mergeParts(parts: ReadonlyArray<string | number>): Array<string | number> {
  const merged: Array<string | number> = [];
  for (const part of parts) {
    if (part === '' || part === 0) continue;
    const previous = merged[merged.length - 1];
    if (typeof part === 'string' && typeof previous === 'string') merged[merged.length - 1] = previous + part;
    else if (typeof part === 'number' && typeof previous === 'number')
      merged[merged.length - 1] = previous + part;
    else merged.push(part);
  }
  return merged;
}

/**
 * The full caller number from what the person typed: the unknown digits for a `digits` challenge (non-digits
 * ignored), the whole number otherwise. `undefined` when the input cannot make a number that fits the filter.
 */
export function completeCli(challenge: CliChallenge, input: string): string | undefined {
  if (challenge.kind === 'wholeNumber') {
    const compact = input.replace(/[\s().-]/g, '');
    const cli = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
    return /^\+?\d{4,15}$/.test(cli) && matchesCliFilter(challenge.cliFilter, cli) ? cli : undefined;
  }
  const digits = input.replace(/\D/g, '');
  if (digits.length !== challenge.unknownDigits) return undefined;
  let offset = 0;
  let cli = '';
  for (const part of challenge.parts) {
    if (typeof part === 'string') cli += part;
    else {
      cli += digits.slice(offset, offset + part);
      offset += part;
    }
  }
  return cli;
}

/** Whether a caller number fits the filter the way Sinch matches it (literal text, regex groups, whole string). */
export function matchesCliFilter(cliFilter: string, cli: string): boolean {
  if (cliFilter === '') return true;
  let source = '';
  let index = 0;
  while (index < cliFilter.length) {
    const character = cliFilter[index] as string;
    if (character === '(') {
      const close = cliFilter.indexOf(')', index);
      if (close === -1) return false;
      source += cliFilter.slice(index, close + 1);
      index = close + 1;
    } else {
      source += character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
      index++;
    }
  }
  try {
    // Callers may see the number with or without its `+`; the filter decides which is right.
    return new RegExp(`^${source}$`).test(cli) || new RegExp(`^${source}$`).test(cli.replace(/^\+/, ''));
  } catch {
    return false;
  }
}
