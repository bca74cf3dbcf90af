import { ariaKeys, keyLabel, onMac, type Command } from '../commands';

/**
 * "Skip to timeline": the page's first Tab stop, shown when it has the focus; it runs the command
 * that moves the focus to the events (the timeline, or the list), whose key it names.
 */
export function SkipLink({ command }: { command: Command }) {
  const mac = onMac();
  const key = command.keys[0];
  return (
    <a
      className="skip-link"
      href="#events"
      {...(key ? { 'aria-keyshortcuts': ariaKeys(key, mac) } : {})}
      onClick={(e) => {
        e.preventDefault();
        command.run();
      }}
    >
      Skip to timeline
      {key ? <kbd aria-hidden="true">{keyLabel(key, mac)}</kbd> : null}
    </a>
  );
}
