import type { ReactNode } from 'react';
import type { ArticleKind } from '../content-api/published.ts';
import * as styles from './Kicker.module.css';

type KickerProps = { kind?: ArticleKind; id?: string; className?: string; children: ReactNode };

/**
 * The line above a headline naming the story's kind ("Dépêche", "Contexte"), and whatever follows it;
 * a background piece's is muted. Without a kind, a label set the same way ("Lire aussi", "Sujet").
 */
export function Kicker({ kind, id, className, children }: KickerProps) {
  const tone = kind === 'explainer' ? styles.explainer : styles.kicker;
  return (
    <p className={className ? `${tone} ${className}` : tone} id={id}>
      {children}
    </p>
  );
}
