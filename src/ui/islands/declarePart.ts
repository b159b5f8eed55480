import { lazy, type ComponentType } from 'react';
import { appRuns, registry } from './registry.ts';
import { queueWhenIdle } from './whenLoaded.ts';

// Declaring a part: its name, and the code that fetches it, which waits for the reader's intent or
// an idle moment (whenLoaded.ts) and is never fetched by a render.

type Module<P> = { default: ComponentType<P> };

type Resolve<T> = (value: T) => void;

export type IslandPart<P> = { name: string; load: () => Promise<unknown>; Lazy: ComponentType<P> };

/**
 * A thenable that calls back at once: React.lazy then renders the part in the same pass, with no
 * face. (React reads only its `then`; its types ask for a whole Promise.)
 */
const arrivedAlready = <T>(value: T) => ({ then: (resolve: Resolve<T>) => resolve(value) }) as unknown as Promise<T>;

/**
 * Code that is not a part of the page but is loaded like one: on intent (by its caller), or when the
 * browser is idle.
 */
export function codeOnIntent<T>(name: string, importCode: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  // A chunk that could not be fetched (offline) is asked for again at the next intent or call.
  const load = () => {
    loading ??= importCode().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  registry.parts.set(name, () => load().catch(() => undefined));
  // A part declared once the app runs (inside a page's code that has just arrived) joins the queue.
  if (appRuns()) queueWhenIdle(name);
  return load;
}

/**
 * Declares a part named `name` whose code `importPart` fetches; the name is its root's `data-island`.
 * Until the code is here the part waits, with its face or its server HTML, rather than fail.
 */
export function islandPart<P extends object>(name: string, importPart: () => Promise<ComponentType<P>>): IslandPart<P> {
  let arrived: Module<P> | undefined;
  let resolveArrival: (module: Module<P>) => void = () => {};
  const arrival = new Promise<Module<P>>((resolve) => (resolveArrival = resolve));
  const load = codeOnIntent(name, async () => {
    arrived ??= { default: await importPart() };
    resolveArrival(arrived);
  });
  // Rendering a part never fetches its code: that waits for intent or an idle moment.
  return { name, load, Lazy: lazy(() => (arrived ? arrivedAlready(arrived) : arrival)) };
}
