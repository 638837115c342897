// Abbreviations whose full stop does not end a sentence (lowercase, without the final stop).

/** Titles and labels that always precede something: "Dr. Liu", "No. 5", "a.n. Budi". */
export const TITLES: Record<'id' | 'en', ReadonlySet<string>> = {
  id: new Set([
    'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'kh', 'st', 'sdr', 'sdri', 'bpk', 'bp', 'yth', 'jl', 'jln', 'no', 'nomor',
    'tel', 'telp', 'hlm', 'hal', 'kab', 'kec', 'kel', 'prov', 'a.n', 'u.p', 'u.b', 'n.b', 'kol', 'letjen', 'mayjen', 'brigjen',
    'jend', 'kapt', 'serda', 'pol', 'tn', 'ny', 'nn', 'm.si', 's.h', 's.e', 's.t', 's.pd', 's.kom', 'm.m', 'ph.d', 'lc',
    'mr', 'mrs', 'ms', 'vol', 'pasal', 'ayat', 'rp', 'sp', 'spt', 'ttg', 'thd', 'utk', 'dgn', 'yg', 'tgl',
  ]),
  en: new Set([
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen',
    'rep', 'pres', 'hon', 'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'ch', 'sec', 'p', 'pp', 'para', 'art', 'approx', 'dept',
    'est', 'mt', 'ft', 'ave', 'blvd', 'rd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
    'dec', 'e.g', 'i.e', 'cf', 'vs', 'viz', 'al', 'ph.d', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp',
  ]),
};

/** Abbreviations that may also close a sentence: "…, buku, dll. Kemudian …". */
export const TRAILING: Record<'id' | 'en', ReadonlySet<string>> = {
  id: new Set(['dll', 'dsb', 'dst', 'dkk', 'tsb', 'sda', 'dl', 'etc', 'wib', 'wita', 'wit', 'sm', 'm', 'ttd']),
  en: new Set(['etc', 'et al', 'al', 'inc', 'ltd', 'co', 'corp', 'bc', 'ad', 'a.m', 'p.m', 'u.s', 'u.k', 'jr', 'sr']),
};
