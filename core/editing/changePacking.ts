// How a Change is stored in a Revision. Re-aligning or confirming a long text replaces hundreds of
// links whose ranges follow each other and whose statuses come in long runs; stored as objects they
// made revisions of 150 KB that cost more to write and read back than the edit itself. Packed, a
// link run keeps only where it starts, the run-length-coded sizes and statuses, and the scores, and
// the inserted links omit what they share with the removed ones.
import type {LinkState, LinkStatus} from '../vocabulary';
import type {Change, Splice} from './alignmentChange';

/** Links that tile both sides from (idStart, enStart): sizes "idLen.enLen" and statuses, run-length coded. */
interface PackedLinks {
  idStart: number;
  enStart: number;
  sizes: string;
  statuses: string;
  scores: number[] | 'same';
}
interface PackedSplice {
  at: number;
  removed: PackedLinks | LinkState[];
  inserted: PackedLinks | LinkState[];
}
export interface PackedChange extends Omit<Change, 'links'> {
  packed: 2;
  links?: PackedSplice;
}

const statusCodes: Record<LinkStatus, string> = {automatic: 'a', confirmed: 'c'};
const statusOf: Record<string, LinkStatus> = {a: 'automatic', c: 'confirmed'};

/** "x*3,y" for [x, x, x, y]. */
function encodeRuns(values: string[]): string {
  const runs: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j < values.length && values[j] === values[i]) j++;
    runs.push(j - i > 1 ? `${values[i]}*${j - i}` : values[i]!);
    i = j;
  }
  return runs.join(',');
}

function decodeRuns(text: string): string[] {
  if (!text) return [];
  return text.split(',').flatMap((run) => {
    const [value, count] = run.split('*');
    return Array.from({length: count === undefined ? 1 : Number(count)}, () => value!);
  });
}

const tiles = (links: LinkState[]) =>
  links.every((l, i) => i === 0 || (l.idStart === links[i - 1]!.idEnd && l.enStart === links[i - 1]!.enEnd));

function packLinks(links: LinkState[], like?: LinkState[]): PackedLinks | LinkState[] {
  // Links of one splice always tile; anything else is kept as it is rather than packed wrongly.
  if (!links.length || !tiles(links)) return links;
  const sameScores = like?.length === links.length && like.every((l, i) => l.score === links[i]!.score);
  return {
    idStart: links[0]!.idStart,
    enStart: links[0]!.enStart,
    sizes: encodeRuns(links.map((l) => `${l.idEnd - l.idStart}.${l.enEnd - l.enStart}`)),
    statuses: encodeRuns(links.map((l) => statusCodes[l.status])),
    scores: sameScores ? 'same' : links.map((l) => l.score),
  };
}

function unpackLinks(packed: PackedLinks | LinkState[], like: LinkState[] = []): LinkState[] {
  if (Array.isArray(packed)) return packed;
  const sizes = decodeRuns(packed.sizes);
  const statuses = decodeRuns(packed.statuses);
  let id = packed.idStart;
  let en = packed.enStart;
  return sizes.map((size, i) => {
    const [idLen, enLen] = size.split('.').map(Number) as [number, number];
    const link: LinkState = {
      idStart: id,
      idEnd: id + idLen,
      enStart: en,
      enEnd: en + enLen,
      score: packed.scores === 'same' ? like[i]!.score : packed.scores[i]!,
      status: statusOf[statuses[i]!]!,
    };
    id = link.idEnd;
    en = link.enEnd;
    return link;
  });
}

export function packChange(change: Change): PackedChange {
  const {links, ...rest} = change;
  return {
    packed: 2,
    ...rest,
    ...(links && {
      links: {at: links.at, removed: packLinks(links.removed), inserted: packLinks(links.inserted, links.removed)},
    }),
  };
}

/** A stored revision: packed, or a plain Change from before packing. */
export function unpackChange(stored: unknown): Change {
  const value = stored as PackedChange | Change;
  if (!('packed' in value)) return value;
  const {packed: _version, links, ...rest} = value;
  if (!links) return rest;
  const removed = unpackLinks(links.removed);
  const splice: Splice<LinkState> = {at: links.at, removed, inserted: unpackLinks(links.inserted, removed)};
  return {...rest, links: splice};
}
