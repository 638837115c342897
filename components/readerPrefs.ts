// What the reader remembers in this browser (localStorage): the view and swap for every text, and the
// place reached in each text. The page itself is cached and the same for everyone, so this lives here.

import type {Lang} from '@/core/vocabulary';
export const SHOWS = ['both', 'interleaved', 'reveal', 'id', 'en'] as const;
export type Show = (typeof SHOWS)[number];
export interface ReaderPrefs {
  show: Show;
  left: Lang;
}

const PREFS_KEY = 'selaras.reader';
const scrollKey = (slug: string) => `selaras.place.${slug}`;

// Storage can be missing or refuse (private windows, quotas): the reader then simply forgets.
function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Nothing to do: the choice still holds until the page is left.
  }
}

export function readReaderPrefs(): ReaderPrefs {
  const stored = read(PREFS_KEY) as Partial<ReaderPrefs> | null;
  return {
    show: SHOWS.includes(stored?.show as Show) ? (stored!.show as Show) : 'both',
    left: stored?.left === 'en' ? 'en' : 'id',
  };
}

export function saveReaderPrefs(prefs: ReaderPrefs): void {
  write(PREFS_KEY, prefs);
}

/** The row at the top of the window, and how far into it: stays right when the view or the width changes. */
interface Place {
  row: number;
  into: number;
}

function topRow(article: Element): Place | null {
  for (const row of article.querySelectorAll<HTMLElement>('.parallel .row[data-row]')) {
    const box = row.getBoundingClientRect();
    if (box.bottom <= 2) continue;
    return {row: Number(row.dataset.row), into: box.height ? Math.max(0, -box.top) / box.height : 0};
  }
  return null;
}

/** Keeps the place in the text up to date while the reader scrolls; returns the function that stops it. */
export function rememberScroll(article: Element, slug: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The last place inside the text: switching the UI language means scrolling up to its links first.
  let inside = read(scrollKey(slug)) as Place | null;
  const onScroll = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const place = window.scrollY < 8 ? null : topRow(article);
      if (place) inside = place;
      write(scrollKey(slug), place);
    }, 150);
  };
  // A link to this same text in the other UI language, followed from the top of the page, opens it
  // where the reading was.
  const withoutLocale = (path: string) => path.replace(/^\/(en|id)(?=\/)/, '');
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
    if (!link || !inside || window.scrollY >= 8) return;
    if (withoutLocale(new URL(link.href).pathname) !== withoutLocale(window.location.pathname)) return;
    clearTimeout(timer);
    write(scrollKey(slug), inside);
  };
  window.addEventListener('scroll', onScroll, {passive: true});
  document.addEventListener('click', onClick, true);
  return () => {
    clearTimeout(timer);
    window.removeEventListener('scroll', onScroll);
    document.removeEventListener('click', onClick, true);
  };
}

/**
 * Returns to the remembered place, unless the address points somewhere in the text itself. The router
 * may scroll a newly opened page to its top after this runs (later on a busy device), so for about
 * a second, until the reader scrolls, taps or types, a jump back to the top is undone. `settled` tells
 * when new places may be recorded.
 */
export function restoreScroll(article: Element, slug: string): {settled: Promise<void>; cancel: () => void} {
  const place = window.location.hash ? null : (read(scrollKey(slug)) as Place | null);
  let cancel = () => {};
  const settled = new Promise<void>((resolve) => {
    if (!place || !Number.isInteger(place.row)) return resolve();
    const apply = (force: boolean) => {
      if (!force && window.scrollY > 8) return;
      const row = article.querySelector<HTMLElement>(`.parallel .row[data-row="${place.row}"]`);
      if (!row) return;
      const box = row.getBoundingClientRect();
      const top = window.scrollY + box.top + Math.min(1, Math.max(0, place.into)) * box.height;
      window.scrollTo({top, behavior: 'instant'});
    };
    const onScroll = () => apply(false);
    const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const end = () => {
      timers.forEach(clearTimeout);
      window.removeEventListener('scroll', onScroll);
      for (const type of inputs) window.removeEventListener(type, end);
      resolve();
    };
    cancel = end;
    apply(true);
    window.addEventListener('scroll', onScroll, {passive: true});
    for (const type of inputs) window.addEventListener(type, end, {passive: true});
    for (const delay of [100, 300, 700]) timers.push(setTimeout(() => apply(false), delay));
    timers.push(setTimeout(end, 1200));
  });
  return {settled, cancel: () => cancel()};
}
