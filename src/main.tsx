// The global stylesheet first, so that every component's module comes after the reset.
import './app/global.css';
import { firstViewChunks } from './shared/firstView.ts';

// Boots the app in short tasks, so that none holds the main thread long enough to delay a tap. The
// page has requested every chunk of its first view at once (src/early/appLoader.ts); here each is
// evaluated by an import() of its own, after the chunks it imports, with a yield between two. React
// comes first, one package a task, by name: it is CommonJS, whose code runs when first required, not
// when its chunk is evaluated (see pipeline/bundle/chunks.ts). Then the app, which cuts its own start
// into tasks (app/startApp.tsx).
//
// This file imports nothing the app imports: the bundler would put it in the app's chunk, which this
// one would then import, and the whole app would be evaluated in one task before the first line here.

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

async function boot() {
  await import('react');
  await nextTask();
  await import('react-dom');
  await nextTask();
  await import('react-dom/client');
  for (const chunk of firstViewChunks()) {
    await nextTask();
    await import(/* @vite-ignore */ chunk);
  }
  await nextTask();
  const { startApp } = await import('./app/startApp.tsx');
  await startApp();
}

// The page stays as its file holds it when the app cannot start (a chunk that cannot be fetched):
// a page kept hidden for the app (src/early/pendingPage.ts) is shown rather than left blank.
boot().catch((error: unknown) => {
  // (DOCUMENT_STATE.pendingPage, src/shared/documentState.ts; written here so that the entry stays one module.)
  delete document.documentElement.dataset.pendingPage;
  throw error;
});
