import { useEffect, useRef, useState } from 'react';
import type { StoryInfo, StoryList } from '../../../electron/shared/contract';
import type { StoryActions } from '../hooks/use-stories';
import { DeleteStoryDialog, StoryNameDialog } from './story-dialogs';
import '../styles/stories.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 articles · 40 events" (events once counted). */
export const storyCounts = (story: StoryInfo): string =>
  [plural(story.articles, 'article'), story.events === undefined ? null : plural(story.events, 'event')]
    .filter(Boolean)
    .join(' · ');

type Dialog = { kind: 'new' } | { kind: 'rename'; story: StoryInfo } | { kind: 'delete'; story: StoryInfo };

/**
 * The story open, as a button in the header that opens the list of stories (each with its
 * counts, the open one marked) and the commands New story…, Rename…, Delete….
 */
export function StorySwitcher({ stories, actions }: { stories: StoryList; actions: StoryActions }) {
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const current = stories.stories.find((s) => s.id === stories.current);
  const name = current?.name ?? 'Story';
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    // Escape closes it wherever the focus is (on the button that opened it, too)
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const ask = (next: Dialog) => {
    setOpen(false);
    setDialog(next);
  };
  const endDialog = () => {
    setDialog(null);
    requestAnimationFrame(() => button.current?.focus());
  };

  return (
    <div className="story-switcher" ref={root}>
      <button
        ref={button}
        type="button"
        className="story-button"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={`Story: ${name}`}
        title={`Story: ${name}. Switch, create, rename or delete stories`}
        onClick={() => {
          if (!open) actions.refresh();
          setOpen(!open);
        }}
      >
        <span className="story-name">{name}</span>
        <span aria-hidden="true" className="story-caret">
          ▾
        </span>
      </button>
      {open ? (
        <div
          className="popover-panel story-panel"
          role="group"
          aria-label="Stories"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <ul className="story-list">
            {stories.stories.map((story) => (
              <li key={story.id}>
                <button
                  type="button"
                  className="story-choice"
                  aria-current={story.id === stories.current ? 'true' : undefined}
                  onClick={() => {
                    close();
                    if (story.id !== stories.current) void actions.open(story.id);
                  }}
                >
                  <span className="story-choice-name">{story.name}</span>
                  <span className="muted story-choice-counts">{storyCounts(story)}</span>
                </button>
              </li>
            ))}
          </ul>
          {stories.problems.length > 0 ? (
            <ul className="story-problems" aria-label="Story folders not read">
              {stories.problems.map((p) => (
                <li key={p.file}>
                  <span className="file-name">{p.file}</span>: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="story-commands">
            <button type="button" onClick={() => ask({ kind: 'new' })}>
              New story…
            </button>
            {current ? (
              <>
                <button type="button" onClick={() => ask({ kind: 'rename', story: current })}>
                  Rename…
                </button>
                <button type="button" onClick={() => ask({ kind: 'delete', story: current })}>
                  Delete…
                </button>
              </>
            ) : null}
          </div>
        </div>
      ) : null}
      {dialog?.kind === 'new' ? (
        <StoryNameDialog
          title="New story"
          action="Create and open"
          initial=""
          note="A story keeps its own articles, edits and saved views. Articles you import go into the story open."
          onSubmit={(value) => actions.create(value)}
          onClose={endDialog}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <StoryNameDialog
          title={`Rename “${dialog.story.name}”`}
          action="Rename"
          initial={dialog.story.name}
          onSubmit={(value) => actions.rename(dialog.story.id, value)}
          onClose={endDialog}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteStoryDialog
          story={dialog.story}
          only={stories.stories.length === 1}
          onConfirm={() => actions.remove(dialog.story.id)}
          onClose={endDialog}
        />
      ) : null}
    </div>
  );
}
