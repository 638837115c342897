// Parses one book file (EPUB, DOCX, HTML, Markdown or text) and prints, on one line, its summary as
// JSON ({"ok":true,"summary":{…}} or {"ok":false,"error":"notEpub"}) and, on the next, its blocks' JSON
// (core/book/parseBook.ts, printBookUpload). The web server runs it from its bundle
// (dist/parse-book.mjs, server/books/parseOffThread.ts) so that a 30 MB upload is parsed off its thread.
//   node dist/parse-book.mjs NAME FILE   (NAME gives the format by its extension: book.epub, id.docx …)
import {readFileSync} from 'node:fs';
import {bookUpload, parseBook, printBookUpload} from '../../core/book/parseBook';

const [name, file] = process.argv.slice(2);
if (!name || !file) {
  process.stderr.write('usage: node dist/parse-book.mjs NAME FILE\n');
  process.exit(2);
}
process.stdout.write(printBookUpload(bookUpload(await parseBook(name, new Uint8Array(readFileSync(file))))));
