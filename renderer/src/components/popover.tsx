import { useEffect, useRef, type ReactNode } from 'react';

export interface PopoverProps {
  label: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
  /** Accessible name of the panel. */
  panelLabel: string;
  title?: string;
  /** Shown but not usable (the toolbar keeps its place for it). */
  disabled?: boolean;
}

/** A toolbar button that opens a small panel below it; Escape or a click outside closes it. */
export function Popover({ label, open, onOpenChange, children, panelLabel, title, disabled }: PopoverProps) {
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) onOpenChange(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, onOpenChange]);
  return (
    <div className="popover" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-haspopup="true"
        title={title}
        disabled={disabled}
        onClick={() => onOpenChange(!open)}
      >
        {label}
      </button>
      {open ? (
        <div
          className="popover-panel"
          role="group"
          aria-label={panelLabel}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              onOpenChange(false);
              button.current?.focus();
            }
          }}
        >
          {children}
        </div>
      ) : null}
    </div>
  );
}
