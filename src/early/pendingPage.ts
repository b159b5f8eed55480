// A page opened at another page than the one its file holds: a front page at `?page=2` (a static host
// serves it the first page's file) or the search page with a query (`?q=`, whose file holds the empty
// page's invitation). It is marked pending, and its content stays hidden until the app has rendered
// the right one; meanwhile the search box holds the query, and the page says it is searching (a query
// of spaces is none).

/** Marks the document pending when the address asks for another page than its file holds. */
export function markPendingPage(): void {
  const state = document.documentElement.dataset;
  const params = new URLSearchParams(location.search);
  const page = params.get('page');
  const query = (params.get('q') ?? '').trim();
  if (state.page && page && page !== state.page) state.pendingPage = '';
  if (state.q !== '' || !query) return;
  state.pendingPage = '';
  addEventListener('DOMContentLoaded', () => {
    const box = document.querySelector<HTMLInputElement>('[name=q]');
    if (box) box.value = query;
  });
}
