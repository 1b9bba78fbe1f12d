import type { CSSProperties } from 'react';

// Inline, not in the stylesheet: the region must stay hidden in unstyled mode and on pages without styles.css.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

export interface LiveRegionProps {
  /** What to say; a change is announced politely (after the screen reader finishes what it is saying). */
  children: string;
}

/**
 * A polite, atomic live region, visually hidden. Render it from the start with an empty text and change the text
 * later: screen readers announce changes to a region they already know, not a region that appears with text.
 */
export function LiveRegion({ children }: LiveRegionProps) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} data-vk-live-region="">
      {children}
    </div>
  );
}
