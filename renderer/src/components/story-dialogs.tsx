import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { StoryInfo } from '../../../electron/shared/contract';
import { storyNameProblem } from '../../../electron/shared/limits';

/** Asks for a story's name; the services' refusal ("exists already") is shown in the dialog. */
export function StoryNameDialog(props: {
  title: string;
  action: string;
  initial: string;
  note?: string;
  onSubmit(name: string): Promise<string | null>;
  onClose(): void;
}) {
  const [name, setName] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.select(), []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wrong = storyNameProblem(name);
    if (wrong) {
      setProblem(wrong);
      input.current?.focus();
      return;
    }
    setBusy(true);
    const refusal = await props.onSubmit(name);
    setBusy(false);
    if (refusal) {
      setProblem(refusal);
      input.current?.focus();
    } else props.onClose();
  };
  return (
    <div className="modal-backdrop">
      <form
        className="modal story-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onClose();
        }}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        {props.note ? <p className="muted">{props.note}</p> : null}
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          ref={input}
          id={`${id}-name`}
          type="text"
          value={name}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setProblem(null);
          }}
        />
        {problem ? (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="modal-buttons">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {props.action}
          </button>
        </div>
      </form>
    </div>
  );
}

/** Asks before deleting a story, saying what goes with it. */
export function DeleteStoryDialog(props: {
  story: StoryInfo;
  /** It is the only story: it cannot be deleted. */
  only: boolean;
  onConfirm(): Promise<string | null>;
  onClose(): void;
}) {
  const { story } = props;
  const [problem, setProblem] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => cancel.current?.focus(), []);
  const articles = `${story.articles} article${story.articles === 1 ? '' : 's'}`;
  return (
    <div className="modal-backdrop">
      <div
        className="modal story-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onClose();
        }}
      >
        <h2 id={`${id}-title`}>Delete “{story.name}”?</h2>
        {props.only ? (
          <p id={`${id}-what`}>This is the only story. Create another story before deleting this one.</p>
        ) : (
          <p id={`${id}-what`}>
            {story.sample
              ? `Its edits by hand, saved views and removed articles are deleted from this computer (the sample's ${articles} stay with the app, but the sample story does not come back).`
              : `Its ${articles}, with the articles removed from it, its edits by hand and its saved views are deleted from this computer.`}{' '}
            This cannot be undone.
          </p>
        )}
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="modal-buttons">
          <button type="button" ref={cancel} onClick={props.onClose}>
            Cancel
          </button>
          {props.only ? null : (
            <button
              type="button"
              className="danger"
              onClick={() =>
                void props.onConfirm().then((refusal) => (refusal ? setProblem(refusal) : props.onClose()))
              }
            >
              Delete story
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
