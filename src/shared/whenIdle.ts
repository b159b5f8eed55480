/** Runs `task` once the browser is idle (or after a short delay where it cannot tell); returns a cancel function. */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 500);
  return () => window.clearTimeout(handle);
}

/** Resolves in a later task, so that the browser can paint and handle input between two pieces of startup work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve));
}
