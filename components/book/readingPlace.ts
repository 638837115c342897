// The reading place in a book for people not signed in: the row last at the top of the window, kept
// in this browser (localStorage), as the reader's other choices are (components/readerPrefs.ts).

const key = (slug: string) => `selaras.book.${slug}`;

export function readLocalPlace(slug: string): number | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key(slug)) ?? 'null') as {row?: unknown} | null;
    return Number.isInteger(stored?.row) && (stored!.row as number) >= 0 ? (stored!.row as number) : null;
  } catch {
    return null;
  }
}

export function writeLocalPlace(slug: string, row: number): void {
  try {
    localStorage.setItem(key(slug), JSON.stringify({row}));
  } catch {
    // Storage refused (private window, quota): the place is simply not remembered.
  }
}

/** The first row whose bottom is below the top of the window, i.e. the one being read. */
export function rowAtTop(root: Element): number | null {
  for (const row of root.querySelectorAll<HTMLElement>('.parallel .row[data-row]')) {
    if (row.getBoundingClientRect().bottom > 2) return Number(row.dataset.row);
  }
  return null;
}
