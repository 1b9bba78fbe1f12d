import type { MessageValues } from '@verikit/core';

/**
 * The smallest formatter: `{name}` placeholders only, numbers in the locale's digits (`toLocaleString`); an unknown placeholder
 * stays visible. Components whose English built-ins need no plural or select use it when no `LocaleProvider` is
 * above them, so such a page does not load the ICU formatter (the provider brings it for packs and overrides).
 */
export function interpolate(template: string, values: MessageValues = {}, locale?: string): string {
  return template.replace(/\{\s*(\w+)\s*\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}
