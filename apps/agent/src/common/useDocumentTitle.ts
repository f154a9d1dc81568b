import { useEffect } from 'react';

/** Sets the browser tab title to "<title> · Tuki" while the page is shown. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Tuki` : 'Tuki';
  }, [title]);
}
