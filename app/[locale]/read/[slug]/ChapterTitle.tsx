import type {Chapter} from '@/core/book/readerPages';

/** A chapter's heading in both languages where it has them, each marked with its language. */
export function ChapterTitle({chapter, fallback}: {chapter: Chapter; fallback: string}) {
  const {id, en} = chapter.titles;
  if (!id && !en) return <>{fallback}</>;
  return (
    <>
      {id && <span lang="id">{id}</span>}
      {id && en && ' · '}
      {en && (
        <span lang="en" className="title-en">
          {en}
        </span>
      )}
    </>
  );
}
