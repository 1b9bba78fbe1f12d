import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { VerificationProvider } from '@verikit/react';
import { directionOf, LocaleProvider, type MessageCatalogue } from '@verikit/ui';
import { ar } from '@verikit/ui/locales/ar';
import { de } from '@verikit/ui/locales/de';
import { es } from '@verikit/ui/locales/es';
import { fr } from '@verikit/ui/locales/fr';
import { he } from '@verikit/ui/locales/he';
import { hi } from '@verikit/ui/locales/hi';
import { it } from '@verikit/ui/locales/it';
import { ja } from '@verikit/ui/locales/ja';
import { nl } from '@verikit/ui/locales/nl';
import { pl } from '@verikit/ui/locales/pl';
import { ptBR } from '@verikit/ui/locales/pt-BR';
import { tr } from '@verikit/ui/locales/tr';
import { zhHans } from '@verikit/ui/locales/zh-Hans';
import { useState } from 'react';
import { storyBackend, type VerikitParameters } from './backend';

/** The themes of the toolbar: the kit's light and dark, and a brand theme made only of `--vk-*` tokens. */
export const THEMES = [
  { value: 'light', title: 'Light (default)' },
  { value: 'dark', title: 'Dark' },
  { value: 'brand', title: 'Brand: Fjord (tokens only)' },
] as const;

/**
 * The locales of the toolbar, with the locale pack each one loads; Arabic and Hebrew render right to left. A story
 * pins one with `globals: { locale: 'ar' }`.
 */
export const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'de', title: 'Deutsch' },
  { value: 'es', title: 'Español' },
  { value: 'fr', title: 'Français' },
  { value: 'pt-BR', title: 'Português (Brasil)' },
  { value: 'it', title: 'Italiano' },
  { value: 'nl', title: 'Nederlands' },
  { value: 'pl', title: 'Polski' },
  { value: 'tr', title: 'Türkçe' },
  { value: 'ja', title: '日本語' },
  { value: 'zh-Hans', title: '简体中文' },
  { value: 'hi', title: 'हिन्दी' },
  { value: 'ar', title: 'العربية (RTL)' },
  { value: 'he', title: 'עברית (RTL)' },
] as const;

// English is built into the components; other languages are packs an app imports (`@verikit/ui/locales/*`).
const LOCALE_PACKS: Record<string, MessageCatalogue | undefined> = {
  de,
  es,
  fr,
  'pt-BR': ptBR,
  it,
  nl,
  pl,
  tr,
  ja,
  'zh-Hans': zhHans,
  hi,
  ar,
  he,
};

type Theme = (typeof THEMES)[number]['value'];

function themeOf(value: unknown): Theme {
  return THEMES.find((theme) => theme.value === value)?.value ?? 'light';
}

function localeOf(value: unknown): string {
  return LOCALES.find((locale) => locale.value === value)?.value ?? 'en';
}

/**
 * Theme, locale and direction from the toolbar: one frame with `data-theme`, `lang` and `dir`, painted with the
 * theme's background, and a `LocaleProvider` for every string inside.
 */
export const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = themeOf(context.globals.theme);
  const locale = localeOf(context.globals.locale);
  const direction = directionOf(locale);
  return (
    <div className="story-frame" data-theme={theme} lang={locale} dir={direction}>
      <LocaleProvider locale={locale} messages={LOCALE_PACKS[locale]}>
        <Story />
      </LocaleProvider>
    </div>
  );
};

function StoryProvider({ children }: { children: React.ReactNode }) {
  // A QueryClient per story mount: nothing cached leaks from one story into the next.
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { mutations: { retry: false }, queries: { retry: false } } }),
  );
  return (
    <VerificationProvider client={storyBackend().client} queryClient={queryClient}>
      {children}
    </VerificationProvider>
  );
}

/** Every story's hooks talk to the in-browser proxy on the emulator (see `backend.ts`). */
export const withVerificationBackend: Decorator = (Story, context) => {
  const parameters = (context.parameters.verikit ?? {}) as VerikitParameters;
  if (parameters.provider === false) return <Story />;
  return (
    <StoryProvider key={context.id}>
      <Story />
    </StoryProvider>
  );
};
