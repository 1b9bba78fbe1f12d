import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import '../packages/ui/src/styles.css';
import './themes/brand.css';
import './themes/storyFrame.css';
import { resetStoryBackend, type VerikitParameters } from './backend';
import { LOCALES, THEMES, withThemeAndLocale, withVerificationBackend } from './decorators';

// How long `findBy…` and `waitFor` in play functions wait: a ceiling, not a speed check. On a loaded 2-core machine a
// round trip through the in-tab proxy and emulator, or a numbering plan's first load, can take seconds (the default
// 1 s made a story fail under load while the page was right).
configure({ asyncUtilTimeout: 10_000 });

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    layout: 'fullscreen',
  },
  globalTypes: {
    theme: {
      description: 'Theme of the components: --vk-* tokens',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...THEMES], dynamicTitle: true },
    },
    locale: {
      description: 'Locale and writing direction of every string',
      toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  // Outermost last: the frame (theme, locale) wraps the provider, which wraps the story.
  decorators: [withVerificationBackend, withThemeAndLocale],
  // A fresh emulator and proxy per story: empty inbox, no faults, no verifications, fresh rate limits.
  beforeEach: (context) => {
    resetStoryBackend((context.parameters.verikit ?? {}) as VerikitParameters);
  },
  tags: ['autodocs'],
};

export default preview;
