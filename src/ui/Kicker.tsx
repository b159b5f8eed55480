import type { ReactNode } from 'react';
import type { ArticleKind } from '../content-api/published.ts';
import * as styles from './Kicker.module.css';

/** The line above a headline naming the story's kind ("Dépêche", "Contexte"), and whatever follows it. */
export function Kicker({ kind, children }: { kind: ArticleKind; children: ReactNode }) {
  return <p className={kind === 'explainer' ? styles.explainer : styles.kicker}>{children}</p>;
}
