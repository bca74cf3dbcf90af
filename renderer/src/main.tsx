// The page's entry: starts loading the events at once, then loads the explorer's code (a chunk of
// its own, fetched in parallel) and shows it. With many events the request is the long pole, so
// it goes out before React, vis-timeline and the rest of the page are even parsed.
import { getApi, loadInitial } from './lib/api';
import './styles/app.css';

/** The events pane, which a PNG shows in the preview; the page sets it once drawn. */
const timelinePane: { current: HTMLElement | null } = { current: null };
const api = getApi(() => timelinePane.current);
const initial = loadInitial(api);
// A failed load is shown by the page; this keeps the browser from reporting it as unhandled first.
initial.catch(() => undefined);

const root = document.getElementById('root');
import('./mount')
  .then(({ mount }) => {
    if (root) mount(root, api, initial, timelinePane);
  })
  .catch((error: unknown) => {
    // The explorer's code could not be loaded: say so instead of leaving the page blank.
    if (!root) return;
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `Newsline could not load its page: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
  });
