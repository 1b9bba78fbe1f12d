/**
 * The ICU MessageFormat subset verikit's messages use, so core can give every error an English message without a
 * runtime dependency: `{name}` (numbers through `Intl.NumberFormat`), `{count, plural, =0 {…} one {…} other {…}}`
 * with `#` for the number, and `{kind, select, a {…} other {…}}`. An unknown placeholder stays visible as `{name}`
 * so a missing value is noticed rather than dropped. `@verikit/ui`'s formatter reads the same syntax.
 */
export type MessageValues = Readonly<Record<string, string | number>>;

export function formatMessage(template: string, values: MessageValues = {}, locale?: string): string {
  return formatPart(template, values, locale, undefined);
}

function formatPart(template: string, values: MessageValues, locale: string | undefined, pound?: string) {
  let output = '';
  let index = 0;
  while (index < template.length) {
    const character = template[index] as string;
    if (character === '#' && pound !== undefined) {
      output += pound;
      index++;
    } else if (character !== '{') {
      output += character;
      index++;
    } else {
      const end = matchingBrace(template, index);
      if (end === -1) return output + template.slice(index);
      output += formatArgument(template.slice(index + 1, end), values, locale);
      index = end + 1;
    }
  }
  return output;
}

function formatArgument(argument: string, values: MessageValues, locale: string | undefined): string {
  const [rawName = '', rawKind, ...rest] = argument.split(',');
  const name = rawName.trim();
  const value = values[name];
  if (rawKind === undefined) {
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  }
  const kind = rawKind.trim();
  const options = parseOptions(rest.join(','));
  if (kind === 'plural' && typeof value === 'number') {
    const chosen =
      options.get(`=${value}`) ??
      options.get(new Intl.PluralRules(locale).select(value)) ??
      options.get('other');
    return formatPart(chosen ?? '', values, locale, new Intl.NumberFormat(locale).format(value));
  }
  if (kind === 'select')
    return formatPart(options.get(String(value)) ?? options.get('other') ?? '', values, locale);
  return `{${name}}`;
}

function parseOptions(source: string): Map<string, string> {
  const options = new Map<string, string>();
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('{', index);
    if (open === -1) break;
    const close = matchingBrace(source, open);
    if (close === -1) break;
    options.set(source.slice(index, open).trim(), source.slice(open + 1, close));
    index = close + 1;
  }
  return options;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}
