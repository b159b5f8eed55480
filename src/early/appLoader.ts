import { LOADER_ATTRIBUTES } from '../shared/firstView.ts';

// The page's loader, inline where the app's module script was (pipeline/bundle/firstPaint.ts puts
// it there and names the entry and the first view's chunks on its tag). The first paint waits for
// nothing but the HTML: the app's chunks are requested only once the page has loaded and painted, all
// at once, so that they never compete with the page for the connection. The app shell (nothing
// prerendered to paint) and a browser that cannot report its first paint load them at once.

const loader = document.currentScript as HTMLScriptElement;
let entry = loader.getAttribute(LOADER_ATTRIBUTES.entry);

/** Requests the entry and every chunk of the first view, once: every element at once, one change to the head. */
function load() {
  if (!entry) return;
  const elements = document.createDocumentFragment();
  for (const chunk of (loader.getAttribute(LOADER_ATTRIBUTES.chunks) ?? '').split(' ')) {
    if (!chunk) continue;
    const preload = elements.appendChild(document.createElement('link'));
    preload.rel = 'modulepreload';
    preload.href = chunk;
  }
  const script = elements.appendChild(document.createElement('script'));
  script.type = 'module';
  script.src = entry;
  entry = '';
  // An entry that cannot be fetched leaves the page as its file holds it: a page kept hidden for the
  // app (src/early/pendingPage.ts) is shown rather than left blank.
  script.onerror = () => {
    delete document.documentElement.dataset.pendingPage;
  };
  document.head.appendChild(elements);
}

/** The frame after the first contentful paint, so that the story's paragraphs, not only its headline, are on screen. */
function loadAfterFirstPaint(list: PerformanceObserverEntryList, observer: PerformanceObserver) {
  if (!list.getEntriesByName('first-contentful-paint').length) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(load));
}

addEventListener('load', () => {
  if (window.PerformanceObserver?.supportedEntryTypes?.includes('paint'))
    new PerformanceObserver(loadAfterFirstPaint).observe({ type: 'paint', buffered: true });
  else load();
});

// The app shell (an address the build did not prerender) has nothing to paint until the app runs.
document.addEventListener('DOMContentLoaded', () => {
  if (!document.getElementById('root')?.firstElementChild) load();
});
