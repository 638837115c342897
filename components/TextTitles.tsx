import {LANGS} from '@/core/vocabulary';
import type {ReaderText} from '@/server/reader/readerText';

/** A text's title in each language it has, each marked with its language. */
export function TextTitles({versions}: {versions: ReaderText['versions']}) {
  return LANGS.map((lang) =>
    versions[lang] ? (
      <h1 key={lang} lang={lang} className={`reader-title title-${lang}`}>
        {versions[lang].title}
      </h1>
    ) : null,
  );
}
