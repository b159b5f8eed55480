/** Thrown when the build published no file at a path: the page does not exist. */
export class ContentNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`No content at ${path}`);
    this.name = 'ContentNotFoundError';
  }
}

/**
 * Fetches a JSON file the build published. A missing file is a ContentNotFoundError; anything else that fails throws.
 */
export async function fetchContent<T>(path: string): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`, { headers: { Accept: 'application/json' } });
  if (response.status === 404) throw new ContentNotFoundError(path);
  if (!response.ok) throw new Error(`Loading ${path} failed with HTTP ${response.status}`);
  // A host with a history fallback answers unknown paths with the app's HTML instead of a 404.
  if (!response.headers.get('Content-Type')?.includes('json')) throw new ContentNotFoundError(path);
  return (await response.json()) as T;
}
