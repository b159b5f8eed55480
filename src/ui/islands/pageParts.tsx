import type { ComponentType, ReactNode } from 'react';
import { islandPart } from './declarePart.ts';
import { Island } from './Island.tsx';
import { appRuns } from './registry.ts';

/**
 * The text of a page as a part: the route's element, and its code, which a navigation to it waits
 * for (app/router.tsx).
 */
export type PagePart = { element: ReactNode; load: () => Promise<unknown> };

export function pagePart(name: string, importPage: () => Promise<ComponentType>): PagePart {
  const part = islandPart<object>(name, importPage);
  return { element: <Island part={part} props={{}} face={null} />, load: part.load };
}

/**
 * A page part's code, for a page the app renders: it rejects when the code cannot be fetched (the
 * page then says so). Before the app has started nothing is waited for: the first page is hydrated
 * and its server HTML stands for the part until its code arrives.
 */
export function pageCodeArrived(part: PagePart): Promise<unknown> | undefined {
  return appRuns() ? part.load() : undefined;
}
