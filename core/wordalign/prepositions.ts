// A preposition heads its phrase in both languages: the Indonesian one takes the English preposition
// that stands right before its object's translation (articles, possessives and the object's
// modifiers skipped), whichever preposition the translator chose (pada akhir 2028 / by the end of 2028, dengan biaya / at a cost).
// Position says more than the table of likely renderings here, which is only the fallback.
import {type LinkSet, STRIDE} from './aligner';
import type {EnToken, IdToken} from './evidence';
import {isIndonesianGrammar} from './functionWords';

const ID_PREPOSITIONS = new Set(
  'di ke dari pada kepada dengan untuk bagi dalam oleh tentang terhadap sejak hingga sampai menuju'.split(' '),
);
const EN_PREPOSITIONS = new Set(
  'in on at to for from by with of into onto about during within through under over after before since until till than toward towards across along among between'.split(
    ' ',
  ),
);
const DETERMINERS = new Set('the a an this that these those his her its their my your our'.split(' '));
const CONFIDENCE = 0.55;

export function alignPrepositions(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const byId = new Map<number, number[]>();
  const byEn = new Map<number, number[]>();
  for (const key of links.keys()) {
    const i = Math.floor(key / STRIDE);
    const j = key % STRIDE;
    (byId.get(i) ?? byId.set(i, []).get(i)!).push(j);
    (byEn.get(j) ?? byEn.set(j, []).get(j)!).push(i);
  }
  // Each preposition's place first, then the links: a table rendering one took (dengan → by) must not
  // keep another from the place that is its own (pada akhir → by the end).
  const targets = new Map<number, number>();
  const claimed = new Map<number, number>();
  for (let i = 0; i + 1 < id.length; i++) {
    if (!ID_PREPOSITIONS.has(id[i]!.lower) || isIndonesianGrammar(id[i + 1]!.lower)) continue;
    const object = byId.get(i + 1);
    if (!object) continue;
    let k = Math.min(...object) - 1;
    // Articles, and the object's own modifiers, which English puts first (biaya besar / a high cost).
    const ofObject = (j: number) =>
      (byEn.get(j) ?? []).some((o) => o > i + 1 && o <= i + 3 && !isIndonesianGrammar(id[o]!.lower));
    while (k >= 0 && (DETERMINERS.has(en[k]!.lower) || ofObject(k))) k--;
    if (k < 0 || !EN_PREPOSITIONS.has(en[k]!.lower)) continue;
    // A content word's link to it stands.
    if ((byEn.get(k) ?? []).some((o) => o !== i && !ID_PREPOSITIONS.has(id[o]!.lower))) continue;
    targets.set(i, k);
    claimed.set(k, (claimed.get(k) ?? 0) + 1);
  }
  for (const [i, k] of targets) {
    if (claimed.get(k)! > 1) continue;
    // The preposition found replaces whatever prepositions the table had offered, here or elsewhere.
    for (const j of byId.get(i) ?? []) if (EN_PREPOSITIONS.has(en[j]!.lower)) links.delete(i * STRIDE + j);
    for (const o of byEn.get(k) ?? []) if (o !== i) links.delete(o * STRIDE + k);
    links.set(i * STRIDE + k, CONFIDENCE);
  }
}
