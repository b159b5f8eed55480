import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react';
import { applyHead, type Head } from '../shared/head.ts';

const HeadCollectorContext = createContext<((head: Head) => void) | undefined>(undefined);

/** At build time, receives the head of the page being prerendered instead of a live document. */
export function HeadCollector({ collect, children }: { collect: (head: Head) => void; children: ReactNode }) {
  return <HeadCollectorContext value={collect}>{children}</HeadCollectorContext>;
}

/** Declares the page's head: title, description, canonical URL, hreflang links, social tags, structured data. */
export function useHead(head: Head) {
  const collect = useContext(HeadCollectorContext);
  collect?.(head);
  const serialized = JSON.stringify(head);
  useLayoutEffect(() => {
    applyHead(JSON.parse(serialized) as Head);
  }, [serialized]);
}
