/**
 * Scrolls the nearest scrolling ancestor (a pane, a list) so that the element is in its middle,
 * when it is not already in view. Unlike scrollIntoView, it never scrolls the page itself, which
 * would push the header out of view.
 */
export function revealInPane(element: HTMLElement): void {
  let pane = element.parentElement;
  while (
    pane &&
    !(pane.scrollHeight > pane.clientHeight && /auto|scroll/.test(getComputedStyle(pane).overflowY))
  )
    pane = pane.parentElement;
  if (!pane) return;
  const box = element.getBoundingClientRect();
  const frame = pane.getBoundingClientRect();
  if (box.top >= frame.top && box.bottom <= frame.bottom) return;
  pane.scrollTop += box.top - frame.top - (frame.height - box.height) / 2;
}
