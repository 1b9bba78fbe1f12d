import { useSyncExternalStore } from 'react';

// The fonts that draw flags where there are any; the canvas falls back through them as a page's text would.
const EMOJI_FONT =
  '32px "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", "Twemoji Mozilla", "Android Emoji", sans-serif';

let supported: boolean | undefined;

/**
 * Whether this browser draws a pair of regional-indicator letters as one flag. A flag is one ligature glyph, about as
 * wide as one letter; without flag glyphs the pair is drawn as two letters or two empty boxes (Linux Chromium with no
 * colour-emoji font, Windows), twice as wide. Measured once, on a canvas; `true` where nothing can be measured.
 */
export function supportsEmojiFlags(): boolean {
  if (supported !== undefined) return supported;
  supported = measureEmojiFlags();
  return supported;
}

function measureEmojiFlags(): boolean {
  if (typeof document === 'undefined') return true;
  // jsdom has no canvas: `getContext` reports "not implemented" and returns null.
  if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) return true;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return true;
  context.font = EMOJI_FONT;
  const flag = context.measureText('\u{1F1FA}\u{1F1F8}').width;
  const letters = context.measureText('\u{1F1FA}').width + context.measureText('\u{1F1F8}').width;
  return letters > 0 && flag < letters * 0.75;
}

function subscribeNever(): () => void {
  return () => {};
}

/**
 * `supportsEmojiFlags` for rendering: the server (and hydration) assume flags, the client then shows the ISO letters
 * where the platform has no flag glyphs, so hydration never mismatches.
 */
export function useEmojiFlags(): boolean {
  return useSyncExternalStore(subscribeNever, supportsEmojiFlags, () => true);
}
