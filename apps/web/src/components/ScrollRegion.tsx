import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone's screen scrolls sideways; the region takes the keyboard's
 * focus so that it can be scrolled without a mouse.
 */
export function ScrollRegion({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="scroll-region" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
