import { useLayoutEffect } from 'react';
import { useStoredFlag } from '../hooks/use-stored-flag';
import '../styles/themes.css';

/** Key of the high-contrast choice in localStorage. */
export const HIGH_CONTRAST_KEY = 'newsline.highContrast';

/**
 * The high-contrast switch of the header. Light and dark follow the system (prefers-color-scheme);
 * high contrast replaces both while on, and is remembered.
 */
export function ContrastToggle() {
  const [high, setHigh] = useStoredFlag(HIGH_CONTRAST_KEY);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (high) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
  }, [high]);
  return (
    <button
      type="button"
      className="contrast-toggle"
      aria-pressed={high}
      aria-label="High contrast"
      title="High contrast colours"
      onClick={() => setHigh(!high)}
    >
      <span aria-hidden="true">◐</span>
    </button>
  );
}
