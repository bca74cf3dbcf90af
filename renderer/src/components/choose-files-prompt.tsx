import { useEffect, useRef } from 'react';

/** Asks for the gesture a file chooser needs when "Open Articles…" comes from the native menu. */
export function ChooseFilesPrompt({ onChoose, onCancel }: { onChoose(): void; onCancel(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="choose-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2 id="choose-title">Open articles</h2>
        <p className="muted">Choose news articles (.txt or .md files), or drop them on the window.</p>
        <div className="modal-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button ref={button} type="button" className="primary" onClick={onChoose}>
            Choose files…
          </button>
        </div>
      </div>
    </div>
  );
}
