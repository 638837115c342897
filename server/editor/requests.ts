// The shape of an editor request from outside the server (server actions, the HTTP API), checked with zod.
import {z} from 'zod';

const Side = z.enum(['id', 'en']);
const Row = z.number().int().min(0).max(1_000_000);
const Position = Row;
// PostgreSQL text holds neither NUL nor a UTF-16 surrogate without its pair (no UTF-8 encodes it).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const Body = z
  .string()
  .min(1)
  .max(20_000)
  .refine((s) => !s.includes('\u0000'), 'PostgreSQL text cannot hold NUL')
  .refine((s) => !loneSurrogate.test(s), 'A lone surrogate is not text');

export const EditRequest = z.discriminatedUnion('kind', [
  z.object({kind: z.literal('merge'), row: Row}),
  z.object({
    kind: z.literal('split'),
    row: Row,
    idCount: z.number().int().min(0).max(10_000),
    enCount: z.number().int().min(0).max(10_000),
  }),
  z.object({kind: z.literal('moveUp'), row: Row, side: Side}),
  z.object({kind: z.literal('moveDown'), row: Row, side: Side}),
  z.object({kind: z.literal('detach'), row: Row, side: Side, end: z.enum(['first', 'last'])}),
  z.object({kind: z.literal('confirm'), row: Row}),
  z.object({kind: z.literal('confirmThrough'), row: Row}),
  z.object({kind: z.literal('editParagraph'), lang: Side, position: Position, body: Body}),
  z.object({
    kind: z.literal('splitParagraph'),
    lang: Side,
    position: Position,
    offset: z.number().int().min(1).max(20_000),
  }),
  z.object({kind: z.literal('joinParagraphs'), lang: Side, position: Position}),
  // A chapter's rows [from, to) alone, or (without them) everything after the last confirmed row.
  z
    .object({kind: z.literal('realign'), from: Row.optional(), to: Row.optional()})
    .refine((r) => (r.from === undefined) === (r.to === undefined) && (r.from ?? 0) <= (r.to ?? 0)),
  z.object({kind: z.literal('setStatus'), status: z.enum(['draft', 'review', 'published'])}),
]);

export const EditInput = z.object({
  textId: z.string().min(1).max(64),
  revision: z.number().int().min(0),
  request: EditRequest,
});
export const HistoryInput = z.object({textId: z.string().min(1).max(64), revision: z.number().int().min(0)});
export const RestoreInput = HistoryInput.extend({number: z.number().int().min(0)});
