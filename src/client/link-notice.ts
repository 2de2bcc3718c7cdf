/**
 * The notice "Niet alles uit de link is gebruikt" for browser scripts, with
 * the same markup as the LinkNotice island component. Sentences come from
 * describeIgnored (src/lib/url-state.ts) and are set as text, never as HTML.
 */
export function showLinkNotice(before: Element, notices: readonly string[]): void {
  if (notices.length === 0) return;
  const box = document.createElement('div');
  box.className = 'calc-notice no-print';
  box.setAttribute('role', 'status');
  const title = document.createElement('p');
  title.className = 'calc-notice__title';
  title.textContent = 'Niet alles uit de link is gebruikt';
  const list = document.createElement('ul');
  for (const notice of notices) {
    const item = document.createElement('li');
    item.textContent = notice;
    list.append(item);
  }
  box.append(title, list);
  before.before(box);
}
