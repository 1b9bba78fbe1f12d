import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { directionOf, LocaleProvider, type Translations, useLocalized } from './LocaleProvider';
import { useMessages } from './useMessages';

const translations: Translations = {
  en: { 'demo.greeting': 'Code sent to {phone}', 'demo.only': 'English only' },
  ar: { 'demo.greeting': 'تم إرسال الرمز إلى {phone}' },
  'pt-BR': { 'demo.greeting': 'Código enviado para {phone}' },
};

const light: Translations = { en: { 'demo.code': 'Enter the {length}-digit code' } };

function Light() {
  const { t } = useMessages(light);
  return <p>{t('demo.code', { length: 6 })}</p>;
}

function Greeting() {
  const { t, direction } = useLocalized(translations);
  return (
    <p dir={direction}>
      {t('demo.greeting', { phone: '+1 555' })} / {t('demo.only')}
    </p>
  );
}

describe('LocaleProvider', () => {
  it('shows the locale’s strings, falling back to English key by key', () => {
    render(
      <LocaleProvider locale="ar-EG">
        <Greeting />
      </LocaleProvider>,
    );
    const paragraph = screen.getByText(/تم إرسال الرمز إلى \+1 555/);
    expect(paragraph).toHaveTextContent('English only');
    expect(paragraph).toHaveAttribute('dir', 'rtl');
  });

  it('prefers the exact regional catalogue', () => {
    render(
      <LocaleProvider locale="pt-BR">
        <Greeting />
      </LocaleProvider>,
    );
    expect(screen.getByText(/Código enviado para/)).toBeInTheDocument();
  });

  it('lets the app override any message', () => {
    render(
      <LocaleProvider locale="en" messages={{ 'demo.greeting': 'Texted {phone}' }}>
        <Greeting />
      </LocaleProvider>,
    );
    expect(screen.getByText(/Texted \+1 555/)).toBeInTheDocument();
  });

  it('knows which scripts run right to left', () => {
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('ar-SA')).toBe('rtl');
    expect(directionOf('sv-SE')).toBe('ltr');
  });

  it('formats light components’ English without the ICU formatter, and packs with plural under a provider', () => {
    render(
      <>
        <Light />
        <LocaleProvider
          locale="ar-EG"
          messages={{
            'demo.code': '{length, plural, few {أدخل الرمز المكوّن من # أرقام} other {أدخل الرمز}}',
          }}
        >
          <Light />
        </LocaleProvider>
      </>,
    );
    expect(screen.getByText('Enter the 6-digit code')).toBeInTheDocument();
    expect(screen.getByText('أدخل الرمز المكوّن من ٦ أرقام')).toBeInTheDocument();
  });
});
