// Where the content folder is: content/, or the folder SELARAS_CONTENT_DIR names (its texts, and the
// word aligner's wordalign/). A module of its own, so that the aligner's bundle takes in no book parser.
import path from 'node:path';

export function contentFolder(): string {
  return path.resolve(process.env.SELARAS_CONTENT_DIR || path.join(process.cwd(), 'content'));
}
