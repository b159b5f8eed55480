/** Where one page of a listing sits among the others. */
export type PagePosition = { page: number; pageCount: number };

/** Cuts a listing into pages of `pageSize`; an empty listing still has one (empty) page. */
export function paginate<T, P>(items: T[], pageSize: number, makePage: (position: PagePosition, items: T[]) => P): P[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) =>
    makePage({ page: index + 1, pageCount }, items.slice(index * pageSize, (index + 1) * pageSize)),
  );
}
