import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {createWordAligner} from './aligner';
import {modelFromData} from './model';
import {tokenize} from './tokens';
import {enModelKey} from './training';

const aligner = createWordAligner(loadLexicon());

/** Links in word form, "menggunakan=use", for pairs written by hand (not from the development set). */
function links(id: string, en: string): string[] {
  const it = tokenize(id);
  const et = tokenize(en);
  return aligner.align(it, et).map((l) => `${it[l.id]}=${et[l.en]}`);
}

/** The same, only the links that evidence supports (position alone pairs words at under 0.5: gaps.ts). */
function evidenced(id: string, en: string, with_ = aligner): string[] {
  const it = tokenize(id);
  const et = tokenize(en);
  return with_
    .align(it, et)
    .filter((l) => l.confidence >= 0.5)
    .map((l) => `${it[l.id]}=${et[l.en]}`);
}

test('numbers meet whatever their separators: 2,3 = 2.3, 190.000 = 190,000, 07.45 = 7:45', () => {
  const found = links(
    'Sebanyak 190.000 warga menerima 2,3 ton beras pada 07.45.',
    'Some 190,000 residents received 2.3 tonnes of rice at 7:45.',
  );
  expect(found).toEqual(expect.arrayContaining(['190.000=190,000', '2,3=2.3', '07.45=7:45', '.=.']));
});

test('names align with themselves, token by token', () => {
  const found = links(
    'Wali kota Bontang bertemu Siti Rahmawati di Samarinda.',
    'The mayor of Bontang met Siti Rahmawati in Samarinda.',
  );
  expect(found).toEqual(
    expect.arrayContaining(['Bontang=Bontang', 'Siti=Siti', 'Rahmawati=Rahmawati', 'Samarinda=Samarinda']),
  );
});

test('affixed words reach their root: menggunakan = use, and a clitic takes its pronoun', () => {
  expect(links('Petani itu menggunakan air sungai.', 'The farmer uses river water.')).toEqual(
    expect.arrayContaining(['menggunakan=uses', 'air=water', 'sungai=river', 'Petani=farmer']),
  );
  expect(links('Ibu mencari bukunya di kamar.', 'Mother looked for her book in the room.')).toEqual(
    expect.arrayContaining(['bukunya=book', 'bukunya=her']),
  );
});

test("a proclitic's pronoun joins an English contraction another word already renders: kutulis = I've written", () => {
  expect(links('Sudah kutulis suratnya.', "I've written the letter.")).toEqual(
    expect.arrayContaining(["Sudah=I've", "kutulis=I've", 'kutulis=written']),
  );
});

test("conjunctions and let's: kalau or setelah = once, kita = let's (let us)", () => {
  expect(
    links('Kalau hujan sudah berhenti, kita pergi ke pasar.', "Once the rain has stopped, let's go to the market."),
  ).toEqual(expect.arrayContaining(['Kalau=Once', "kita=let's", 'pergi=go']));
  expect(
    links('Setelah adonan mengembang, bagi menjadi dua.', 'Once the dough has risen, divide it in two.'),
  ).toContain('Setelah=Once');
});

test('never is not + ever (tidak pernah), and bakal is a future like akan', () => {
  expect(links('Aku tidak pernah melihat laut.', 'I have never seen the sea.')).toEqual(
    expect.arrayContaining(['tidak=never', 'pernah=never', 'melihat=seen', 'laut=sea']),
  );
  expect(links('Kau bakal menyesal nanti.', "You'll regret it later.")).toEqual(
    expect.arrayContaining(["bakal=You'll", 'menyesal=regret']),
  );
});

test('a pronoun renders one English pronoun, leaving the other to the clitic: Dia = She, bukunya = her book', () => {
  const found = links('Dia menutup bukunya, lalu tidur.', 'She closed her book, then went to sleep.');
  expect(found).toEqual(expect.arrayContaining(['Dia=She', 'bukunya=her', 'bukunya=book']));
  expect(found).not.toContain('Dia=her');
});

test("a pronoun's translations lend no stems (you → kalian is not kali: time), and a contraction is its pronoun", () => {
  const twice = links('Kalian sudah makan dua kali hari ini.', 'You have eaten twice today.');
  expect(twice).toEqual(expect.arrayContaining(['Kalian=You', 'dua=twice', 'kali=twice']));
  expect(twice).not.toContain('kali=You');
  const said = links('Kau bilang kau bakal datang.', "You said you'd come.");
  expect(said).toEqual(expect.arrayContaining(['Kau=You', "kau=you'd", "bakal=you'd"]));
  expect(said).not.toContain("Kau=you'd");
});

test('a phrase with more English words than parts keeps a part that translates alone to its word: selama ini = all this time', () => {
  const found = links('Selama ini dia tinggal di desa.', 'All this time she has lived in the village.');
  expect(found).toEqual(expect.arrayContaining(['Selama=All', 'Selama=time', 'ini=this']));
  expect(found).not.toContain('ini=All');
  expect(found).not.toContain('Selama=this');
});

test('a gloss of grammar words alone (pernah: have been) does not pull a word to far-off auxiliaries', () => {
  const found = links(
    'Dia sudah bekerja di sana selama lima tahun dan tak pernah sekali pun mengeluh.',
    'She had been working there for five years and never once complained.',
  );
  expect(found).toContain('pernah=never');
  expect(found).not.toContain('pernah=had');
  expect(found).not.toContain('pernah=been');
});

test('a word the dictionary lists itself keeps no affix words: setelah is no article, sebuah is', () => {
  const found = links('Setelah makan malam, dia membaca sebuah buku.', 'After a late dinner, she read a book.');
  expect(found).toEqual(expect.arrayContaining(['Setelah=After', 'sebuah=a', 'buku=book']));
  expect(found.filter((l) => l.startsWith('Setelah='))).toEqual(['Setelah=After']);
});

test('an idiom whose English the sentence bends still aligns as a unit: buah bibir = talk of (the town)', () => {
  const found = links('Skandal itu menjadi buah bibir di kantor.', 'The scandal became the talk of the office.');
  expect(found).toEqual(expect.arrayContaining(['buah=talk', 'bibir=talk', 'buah=of', 'bibir=of']));
});

test('multi-word units align as units, every token to every token', () => {
  expect(links('Ayahnya dibawa ke rumah sakit.', 'His father was taken to hospital.')).toEqual(
    expect.arrayContaining(['rumah=hospital', 'sakit=hospital']),
  );
  expect(links('Duta besar itu datang kemarin.', 'The ambassador came yesterday.')).toEqual(
    expect.arrayContaining(['Duta=ambassador', 'besar=ambassador']),
  );
  expect(links('Kedua negara menandatangani kerja sama baru.', 'The two countries signed a new cooperation.')).toEqual(
    expect.arrayContaining(['kerja=cooperation', 'sama=cooperation']),
  );
});

test('a reduplicated word is one word: anak-anak = children', () => {
  expect(links('Anak-anak bermain di halaman.', 'The children play in the yard.')).toContain('Anak-anak=children');
});

test('empty sides, punctuation only and one-sided input give no links and no error', () => {
  expect(aligner.align([], [])).toEqual([]);
  expect(aligner.align(['rumah'], [])).toEqual([]);
  expect(aligner.align([], ['house'])).toEqual([]);
  expect(aligner.align(['.'], ['!'])).toEqual([]);
});

test('mismatched lengths: every link stays inside both sentences, and none is repeated', () => {
  const id = tokenize('Rumah itu besar sekali dan berwarna merah, dekat sungai yang lebar di pinggir kota tua.');
  const en = tokenize('A big house.');
  const found = aligner.align(id, en);
  expect(found.length).toBeGreaterThan(0);
  for (const l of found) {
    expect(l.id).toBeLessThan(id.length);
    expect(l.en).toBeLessThan(en.length);
    expect(l.confidence).toBeGreaterThan(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
  }
  expect(new Set(found.map((l) => `${l.id}-${l.en}`)).size).toBe(found.length);
});

test('hostile input: a 20,000-token sentence aligns in bounded time; invalid characters are just tokens', () => {
  const id = Array.from({length: 20_000}, (_, k) => (k % 7 === 0 ? 'rumah' : `kata${k % 50}`));
  const en = Array.from({length: 18_000}, (_, k) => (k % 7 === 0 ? 'house' : `word${k % 50}`));
  const started = performance.now();
  const found = aligner.align(id, en);
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(found.some((l) => id[l.id] === 'rumah' && en[l.en] === 'house')).toBe(true);
  const odd = tokenize('\u0000\uFFFD\uD800 rumah \u202E besar');
  expect(aligner.align(odd, tokenize('\uFFFF big house'))).toEqual(
    expect.arrayContaining([expect.objectContaining({id: odd.indexOf('rumah')})]),
  );
});

test('the corpus model adds pairs the dictionary does not know', () => {
  const model = modelFromData({version: 1, pairs: {santuy: {[enModelKey('relaxed')]: 0.9}}});
  const withModel = createWordAligner(loadLexicon(), {model});
  const it = ['santuy', 'mager'];
  const et = ['tired', 'relaxed', 'lazy'];
  const pairs = (a: typeof aligner) => a.align(it, et).map((l) => `${it[l.id]}=${et[l.en]}`);
  expect(pairs(aligner)).not.toContain('santuy=relaxed');
  expect(pairs(withModel)).toContain('santuy=relaxed');
});

test('a word no evidence reaches takes the one free word between its neighbours’ translations', () => {
  // "santuy" is in no dictionary; its neighbours place it.
  expect(links('Kucing santuy itu tidur.', 'The relaxed cat sleeps.')).toEqual(
    expect.arrayContaining(['Kucing=cat', 'santuy=relaxed', 'tidur=sleeps']),
  );
});

test('an acronym that only the English spells out stands for the whole name', () => {
  const found = links(
    'Peneliti LIPI menemukan spesies baru.',
    'Researchers from the Indonesian Institute of Sciences (LIPI) found a new species.',
  );
  expect(found).toEqual(
    expect.arrayContaining(['LIPI=Indonesian', 'LIPI=Institute', 'LIPI=of', 'LIPI=Sciences', 'LIPI=LIPI']),
  );
  expect(found).not.toContain('LIPI=the');
});

test('numbers written as words meet digits: 3 = three, 5 = five', () => {
  expect(links('Pada hari kelima mereka membeli 3 ekor kambing.', 'On the 5th day they bought three goats.')).toEqual(
    expect.arrayContaining(['3=three']),
  );
  expect(links('Ia menjadi juara 5 tahun lalu.', 'She became champion five years ago.')).toContain('5=five');
});

test('a word the lexicon lacks takes the glosses of the pivot dictionary (mencebik: sneer)', () => {
  const pivot = {cebik: 'sneer|2'};
  const withPivot = createWordAligner(loadLexicon(), {pivot});
  const pairs = [
    ['Ia mencebik lalu berbisik pelan.', 'She whispered softly, then sneered.'],
    ['Sambil mencebik, ia menutup pintu.', 'She closed the door, sneering.'],
  ] as const;
  for (const [id, en] of pairs) {
    const it = tokenize(id);
    const et = tokenize(en);
    const found = withPivot.align(it, et).map((l) => `${it[l.id]}=${et[l.en]}`);
    expect(found.filter((f) => f.startsWith('mencebik='))).toEqual([
      `mencebik=${et.find((t) => t.startsWith('sneer'))}`,
    ]);
    expect(
      evidenced(id, en)
        .filter((f) => f.startsWith('mencebik='))
        .some((f) => f.endsWith('sneered') || f.endsWith('sneering')),
    ).toBe(false);
  }
});

test('a demonstrative takes the determiner before its nearest noun, not one further on', () => {
  const found = links('Tolong bawakan buku-buku itu ke kamar Ibu.', 'Please carry those books to the mother’s room.');
  expect(found).toContain('itu=those');
  expect(found).not.toContain('itu=the');
});

test('an article linked by grammar alone goes to the noun it introduces, not to the first "a" far away', () => {
  const found = links('Rombongan wisatawan itu membeli sebuah perahu.', 'A group of tourists bought a boat.');
  expect(found).toContain('sebuah=a');
  expect(found).not.toContain('sebuah=A');
});

test('a word left alone does not take an English word another holds on stronger evidence', () => {
  const found = links('Setelah hujan reda, lalu kami berangkat.', 'Once the rain stopped, then we left.');
  expect(found).toContain('lalu=then');
  expect(found).not.toContain('Setelah=then');
});

test('a content word neither dictionary knows borrows the glosses of its synonyms', () => {
  const withSynonyms = createWordAligner(loadLexicon(), {thesaurus: {purna: 'selesai'}});
  const it = tokenize('Tugasnya purna lebih cepat dari rencana.');
  const et = tokenize('The task was finished sooner than planned.');
  expect(evidenced(it.join(' '), et.join(' '), withSynonyms)).toContain('purna=finished');
  expect(evidenced(it.join(' '), et.join(' '))).not.toContain('purna=finished');
});

test('an auxiliary leans on its verb past an aligned subject and adverb, never on the adverb', () => {
  const found = links('Kenapa kamu baru bangun sekarang?', 'Why are you only waking up now?');
  expect(found).not.toContain('baru=are');
});

test('a word aligned on strong evidence does not gain a weaker second partner', () => {
  const found = links(
    'Pembalap itu menang dengan catatan waktu dua jam lima menit.',
    'The rider won with a time of two hours and five minutes.',
  );
  expect(found).toContain('dengan=with');
  expect(found).not.toContain('dengan=and');
});

test("a translator's synonym of the gloss is found through the English synonyms", () => {
  const strength = (aligner: ReturnType<typeof createWordAligner>) => {
    const it = tokenize('Ibu membaca kabar itu di koran pagi.');
    const et = tokenize('Mother read the story in the morning paper.');
    return aligner.align(it, et).find((l) => it[l.id] === 'kabar' && et[l.en] === 'story')?.confidence ?? 0;
  };
  // Without the synonym only the word's position pairs them, weakly (gaps.ts).
  expect(strength(createWordAligner(loadLexicon()))).toBeLessThan(0.5);
  expect(strength(createWordAligner(loadLexicon(), {englishSynonyms: {news: 'intelligence story'}}))).toBeGreaterThan(
    0.5,
  );
});

test('a loanword with a clitic after a hyphen meets the English word, and its clitic the pronoun', () => {
  const found = links('Hapus cache-nya lewat menu Pengaturan.', 'Delete its cache from the Settings menu.');
  expect(found).toEqual(expect.arrayContaining(['cache-nya=its', 'cache-nya=cache']));
});

test("a phrasal verb's particle goes with the verb's Indonesian word, past an object pronoun", () => {
  expect(links('Dia membuang sampah itu tadi pagi.', 'He threw out the rubbish this morning.')).toEqual(
    expect.arrayContaining(['membuang=threw', 'membuang=out']),
  );
  expect(links('Ayah mematikannya sebelum tidur.', 'Father switched it off before bed.')).toEqual(
    expect.arrayContaining(['mematikannya=switched', 'mematikannya=off']),
  );
});

test('a closed compound the dictionary lacks means both its words: lampu jalan ↔ streetlamp', () => {
  expect(links('Lampu jalan di depan rumah itu mati.', 'The streetlamp outside the house was dead.')).toEqual(
    expect.arrayContaining(['Lampu=streetlamp', 'jalan=streetlamp']),
  );
});

test('-nya on a transitive verb is first its object: mengajarkannya ↔ teach it', () => {
  expect(links('Guru itu mengajarkannya dengan sabar.', 'The teacher taught it patiently.')).toEqual(
    expect.arrayContaining(['mengajarkannya=taught', 'mengajarkannya=it']),
  );
});

test('a superlative phrase links as a whole: paling ramai ↔ at its busiest, paling banyak ↔ the most', () => {
  expect(links('Pasar itu paling ramai pada pagi hari.', 'The market is at its busiest in the morning.')).toEqual(
    expect.arrayContaining(['paling=its', 'ramai=its', 'paling=at', 'ramai=at', 'paling=busiest']),
  );
  expect(links('Kota inilah yang paling banyak menerima wisatawan.', 'This city receives the most tourists.')).toEqual(
    expect.arrayContaining(['paling=the', 'banyak=the', 'paling=most', 'banyak=most']),
  );
});

test('the genitive "of" and a perfect auxiliary no word stands for lean on no word', () => {
  const found = links('Harga beras naik lagi.', 'The price of rice had gone up again.');
  expect(found).toEqual(expect.arrayContaining(['Harga=price', 'beras=rice']));
  expect(found.filter((l) => l.endsWith('=of') || l.endsWith('=had'))).toEqual([]);
});

test("a phrase's gloss that one of its words translates alone does not take the other words", () => {
  // FreeDict glosses pohon mangga as "mango": mangga says that by itself, and pohon is the tree.
  const found = links('Mereka duduk di bawah pohon mangga.', 'They sat under the mango tree.');
  expect(found).toEqual(expect.arrayContaining(['mangga=mango', 'pohon=tree']));
  expect(found).not.toContain('pohon=mango');
});
