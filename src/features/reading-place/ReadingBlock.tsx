import type { ReactNode } from 'react';
import { BLOCK_ATTRIBUTE } from './blocks.ts';

/**
 * A block of text that keeps its place when the page changes language or reading mode: every version
 * of a story wraps each of its blocks in one, with the id they share.
 */
export function ReadingBlock({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <div className={className} {...{ [BLOCK_ATTRIBUTE]: id }}>
      {children}
    </div>
  );
}
