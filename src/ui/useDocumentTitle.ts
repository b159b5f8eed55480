import { useLayoutEffect } from 'react';

/** Sets the document title before the page paints, so the title and the content change together. */
export function useDocumentTitle(title: string) {
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
