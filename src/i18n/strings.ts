import type { fr } from './fr.ts';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's interface strings must have: French is the reference. */
export type Strings = Widen<typeof fr>;
