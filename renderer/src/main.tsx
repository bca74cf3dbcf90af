// The page's entry: starts loading the events at once, then loads the explorer's code (a chunk of
// its own, fetched in parallel) and shows it. With many events the request is the long pole, so
// it goes out before React, vis-timeline and the rest of the page are even parsed.
import { getApi, loadInitial } from './lib/api';
import './styles/app.css';

const api = getApi();
const initial = loadInitial(api);
// A failed load is shown by the page; this keeps the browser from reporting it as unhandled first.
initial.catch(() => undefined);

void import('./mount').then(({ mount }) => {
  const root = document.getElementById('root');
  if (root) mount(root, api, initial);
});
