/**
 * A small ICU MessageFormat subset, enough for UI strings without a runtime dependency:
 * `{name}` (numbers formatted with `Intl.NumberFormat`), `{count, plural, =0 {…} one {…} other {…}}` with `#` for
 * the number, and `{kind, select, a {…} other {…}}`. Unknown placeholders stay visible as `{name}` so a missing
 * value is noticed rather than silently dropped.
 */
export type MessageValues = Record<string, string | number>;

export function formatMessage(template: string, values: MessageValues = {}, locale?: string): string {
  return formatPart(template, values, locale, undefined);
}

function formatPart(
  template: string,
  values: MessageValues,
  locale: string | undefined,
  pound: string | undefined,
) {
  let output = '';
  let index = 0;
  while (index < template.length) {
    const character = template[index] as string;
    if (character === '#' && pound !== undefined) {
      output += pound;
      index++;
      continue;
    }
    if (character !== '{') {
      output += character;
      index++;
      continue;
    }
    const end = matchingBrace(template, index);
    if (end === -1) {
      output += template.slice(index);
      break;
    }
    output += formatArgument(template.slice(index + 1, end), values, locale);
    index = end + 1;
  }
  return output;
}

function formatArgument(argument: string, values: MessageValues, locale: string | undefined): string {
  const firstComma = argument.indexOf(',');
  const name = (firstComma === -1 ? argument : argument.slice(0, firstComma)).trim();
  const value = values[name];
  if (firstComma === -1) {
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  }
  const rest = argument.slice(firstComma + 1);
  const secondComma = rest.indexOf(',');
  const kind = rest.slice(0, secondComma).trim();
  const options = parseOptions(rest.slice(secondComma + 1));
  if (kind === 'plural' && typeof value === 'number') {
    const exact = options.get(`=${value}`);
    const category = new Intl.PluralRules(locale).select(value);
    const chosen = exact ?? options.get(category) ?? options.get('other') ?? '';
    return formatPart(chosen, values, locale, new Intl.NumberFormat(locale).format(value));
  }
  if (kind === 'select') {
    const chosen = options.get(String(value)) ?? options.get('other') ?? '';
    return formatPart(chosen, values, locale, undefined);
  }
  return `{${name}}`;
}

function parseOptions(source: string): Map<string, string> {
  const options = new Map<string, string>();
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('{', index);
    if (open === -1) break;
    const key = source.slice(index, open).trim();
    const close = matchingBrace(source, open);
    if (close === -1) break;
    options.set(key, source.slice(open + 1, close));
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
