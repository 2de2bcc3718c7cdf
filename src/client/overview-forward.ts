/** On an overview's index: an old shared link with a region or a comparison goes on to its part page. */
import { forwardPath, type ForwardRoutes } from '../lib/overview-forward.ts';

const data = document.querySelector<HTMLScriptElement>('script[data-overview-forward]');
if (data && location.search) {
  const target = forwardPath(location.search, JSON.parse(data.textContent ?? '{}') as ForwardRoutes);
  // replace: Back returns to where the reader came from, not to this index.
  if (target) location.replace(target);
}
