// The seed dispatch, which the benchmark measures on: its slug in each language.
export const SEED = 'ministre-interieur-examine-homologue-finlandais-moyens-renforcer';
export const SEED_EN = 'interior-minister-discusses-finnish-counterpart-ways-strengthen';
