import type { ReactNode } from 'react';
import type { PageSnapshot } from '../../../electron/shared/contract';
import { IMPORT_EXTENSIONS } from '../../../electron/shared/limits';

export interface ExplorerHeaderProps {
  snapshot: PageSnapshot;
  /** Events that pass the filters, and whether any filter is on. */
  shownCount: number;
  filtering: boolean;
  /** The toolbar's buttons (a row of their own, so that nothing else moves them). */
  children: ReactNode;
  /** The main actions, at the end of the title row. */
  actions?: ReactNode;
  /** Files chosen in the file dialog. */
  onFiles(files: File[]): void;
  fileInput: React.Ref<HTMLInputElement>;
  /** The folder chooser (a folder's article files, subfolders included). */
  folderInput: React.Ref<HTMLInputElement>;
  /** The story switcher, beside the app's name. */
  story?: ReactNode;
}

const plural = (n: number, word: string) => `${word}${n === 1 ? '' : 's'}`;

/** The app's name, what the library holds, its problems, and the toolbar. */
export function ExplorerHeader({
  snapshot,
  shownCount,
  filtering,
  children,
  actions,
  onFiles,
  fileInput,
  folderInput,
  story,
}: ExplorerHeaderProps) {
  const total = snapshot.events.length;
  const { articles, actors, problems } = snapshot;
  return (
    <header className="app-header">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Newsline
      </h1>
      <div className="header-story">
        {story}
        <p className="counts" aria-live="polite">
          <span data-testid="shown-count">{filtering ? `${shownCount} of ${total}` : total}</span> event
          {total === 1 ? '' : 's'} · {articles.length} {plural(articles.length, 'article')} · {actors.length}{' '}
          {plural(actors.length, 'actor')}
        </p>
      </div>
      {problems.length > 0 ? (
        <details className="problems">
          <summary>
            {problems.length} problem{problems.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.file}:${i}`}>
                <span className="file-name">{p.file}</span>: {p.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {actions ? <div className="header-actions">{actions}</div> : null}
      <div className="toolbar" role="toolbar" aria-label="Timeline">
        {children}
      </div>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={IMPORT_EXTENSIONS.join(',')}
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
      <input
        ref={folderInput}
        // the browser's folder chooser (an attribute React's types do not list)
        {...{ webkitdirectory: '' }}
        type="file"
        multiple
        hidden
        data-testid="folder-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
    </header>
  );
}

/** The last failure, in one line under the header, until dismissed. */
export function ErrorLine({ message, onDismiss }: { message: string; onDismiss(): void }) {
  return (
    <div className="error-line" role="alert">
      <span>{message}</span>
      <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
