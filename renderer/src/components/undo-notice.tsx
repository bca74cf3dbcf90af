import type { Notice } from '../state/explorer';

/** What was just done, with Undo when it can be undone, until dismissed or undone. */
export function UndoNotice(props: { notice: Notice; onUndo(): void; onDismiss(): void }) {
  return (
    <div className="undo-notice" role="status">
      <span>{props.notice.message}</span>
      {props.notice.undoable ? (
        <button type="button" className="link" onClick={props.onUndo}>
          Undo
        </button>
      ) : null}
      <button type="button" className="icon-button" onClick={props.onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
