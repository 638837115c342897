import {describe, expect, test} from 'vitest';
import {AFFIXES, analyzeWord} from './morphology';
import {lookupWord} from './lexicon';
import {loadLexicon} from '../../server/texts/lexiconFiles';

// form, expected root (_ for a space: tanggung_jawab), then (optionally) the expected affixes in order.
const TABLE = `
  menggunakan guna meN- -kan
  digunakan guna di- -kan
  penggunaan guna peN-…-an
  kegunaan guna ke-…-an
  pengguna guna peN-
  menyapu sapu meN-
  memukul pukul meN-
  mengambil ambil meN-
  menulis tulis meN-
  memperhatikan hati meN- per- -kan
  berlari-lari lari ber- REDUP
  anak-anak anak REDUP
  sayur-mayur sayur REDUP
  kebudayaan budaya ke-…-an
  pembangunan bangun peN-…-an
  ketidakpastian pasti
  membaca baca meN-
  membeli beli meN-
  membantu bantu meN-
  membuka buka meN-
  membawa bawa meN-
  memakai pakai meN-
  memilih pilih meN-
  meminta minta meN-
  meminum minum meN-
  memulai mulai meN-
  memakan makan meN-
  memasak masak meN-
  membayar bayar meN-
  mempunyai punya meN- -i
  mendengar dengar meN-
  mendapat dapat meN-
  mendapatkan dapat meN- -kan
  mencari cari meN-
  mencoba coba meN-
  mencegah cegah meN-
  mencatat catat meN-
  menjual jual meN-
  menjawab jawab meN-
  menjaga jaga meN-
  menunggu tunggu meN-
  menutup tutup meN-
  menarik tarik meN-
  menanam tanam meN-
  menanya tanya meN-
  menyimpan simpan meN-
  menyebut sebut meN-
  menyerang serang meN-
  menyusun susun meN-
  menyunting sunting meN-
  mengirim kirim meN-
  mengenal kenal meN-
  mengerti erti meN-
  mengatakan kata meN- -kan
  mengetik ketik meN-
  mengklik klik meN-
  mengubah ubah meN-
  mengikuti ikut meN- -i
  mengajar ajar meN-
  menghapus hapus meN-
  menggambar gambar meN-
  mengecat cat meN-
  melihat lihat meN-
  melawan lawan meN-
  melakukan laku meN- -kan
  meletakkan letak meN- -kan
  merasa rasa meN-
  merawat rawat meN-
  mewarnai warna meN- -i
  menyanyi nyanyi meN-
  menikah nikah meN-
  menanti nanti meN-
  memperbaiki baik meN- per- -i
  mempelajari ajar meN- per- -i
  memberikan beri meN- -kan
  memberi beri meN-
  memberitahu beritahu meN-
  mengetahui tahu meN- ke- -i
  diketahui tahu di- ke- -i
  dibaca baca di-
  dibuka buka di-
  dibeli beli di-
  ditulis tulis di-
  dimakan makan di-
  dikirim kirim di-
  dipakai pakai di-
  dipilih pilih di-
  diperbaiki baik di- per- -i
  diperhatikan hati di- per- -kan
  diberikan beri di- -kan
  dibuat buat di-
  disimpan simpan di-
  dilihat lihat di-
  dicetak cetak di-
  diklik klik di-
  diubah ubah di-
  dibutuhkan butuh di- -kan
  ditemukan temu di- -kan
  berlari lari ber-
  bermain main ber-
  berbicara bicara ber-
  bekerja kerja ber-
  belajar ajar ber-
  berubah ubah ber-
  bertemu temu ber-
  berjalan jalan ber-
  bersiap siap ber-
  berupaya upaya ber-
  berada ada ber-
  berhasil hasil ber-
  berisi isi ber-
  berasal asal ber-
  berdasarkan dasar ber- -kan
  bertentangan tentang ber- -an
  berdatangan datang ber- -an
  beternak ternak ber-
  terbuka buka ter-
  tertutup tutup ter-
  terkenal kenal ter-
  tersedia sedia ter-
  tersebut sebut ter-
  terjadi jadi ter-
  terlihat lihat ter-
  tertulis tulis ter-
  termasuk masuk ter-
  terbesar besar ter-
  terpilih pilih ter-
  tercetak cetak ter-
  kebersihan bersih ke-…-an
  kesehatan sehat ke-…-an
  keamanan aman ke-…-an
  kemerdekaan merdeka ke-…-an
  kekuatan kuat ke-…-an
  kedutaan duta ke-…-an
  kekhawatiran khawatir ke-…-an
  kemitraan mitra ke-…-an
  kebijakan bijak ke-…-an
  kesempatan sempat ke-…-an
  keadaan ada ke-…-an
  kehidupan hidup ke-…-an
  kepentingan penting ke-…-an
  kedatangan datang ke-…-an
  keberhasilan hasil ke-…-an ber-
  kegiatan giat ke-…-an
  ketua tua ke-
  kedua dua ke-
  perbatasan batas per-…-an
  pertemuan temu per-…-an
  perundingan runding per-…-an
  pertahanan tahan per-…-an
  pernyataan nyata per-…-an
  permintaan minta per-…-an
  perjanjian janji per-…-an
  perdagangan dagang per-…-an
  perusahaan usaha per-…-an
  perhatian hati per-…-an
  pembicaraan bicara peN-…-an
  penyelesaian selesai peN-…-an
  pendidikan didik peN-…-an
  pengaturan atur peN-…-an
  pemerintahan perintah peN-…-an
  pemberdayaan daya peN-…-an ber-
  penulis tulis peN-
  pembaca baca peN-
  penjual jual peN-
  pembeli beli peN-
  pencetak cetak peN-
  penyanyi nyanyi peN-
  pengirim kirim peN-
  pemimpin pimpin peN-
  petani tani peN-
  pekerja kerja peN-
  pelajar ajar peN-
  sebuah buah se-
  seorang orang se-
  sejauh jauh se-
  setinggi tinggi se-
  serumah rumah se-
  sebesar besar se-
  bukanlah bukan -lah
  inilah ini -lah
  itulah itu -lah
  bacalah baca -lah
  apakah apa -kah
  bisakah bisa -kah
  siapakah siapa -kah
  adakah ada -kah
  bagaimanakah bagaimana -kah
  sayapun saya -pun
  diapun dia -pun
  rumahnya rumah -nya
  bukunya buku -nya
  katanya kata -nya
  pengaruhnya pengaruh -nya
  lainnya lain -nya
  rumahku rumah -ku
  bukuku buku -ku
  rumahmu rumah -mu
  namamu nama -mu
  kubaca baca ku-
  kauambil ambil kau-
  kaubaca baca kau-
  gunakan guna -kan
  makanan makan -an
  minuman minum -an
  tulisan tulis -an
  bacaan baca -an
  ribuan ribu -an
  tindakan tindak -an
  bangunan bangun -an
  pilihan pilih -an
  kiriman kirim -an
  dekati dekat -i
  milikmu milik -mu
  wartawan warta -wan
  buku-buku buku REDUP
  rumah-rumah rumah REDUP
  negara-negara negara REDUP
  kegiatan-kegiatan giat ke-…-an REDUP
  negara-negaranya negara -nya REDUP
  laptop-nya laptop -nya
  email-mu email -mu
  bermain-main main-main ber-
  berpura-pura pura-pura ber-
  menari-nari tari meN- REDUP
  tolong-menolong tolong meN- REDUP
  surat-menyurat surat meN- REDUP
  kemerah-merahan merah ke-…-an REDUP
  sebaik-baiknya baik se- -nya REDUP
  dibesar-besarkan besar di- -kan REDUP
  lauk-pauk lauk REDUP
  bolak-balik balik REDUP
  mengatakannya kata meN- -kan -nya
  menggunakannya guna meN- -kan -nya
  diberikannya beri di- -kan -nya
  mereka mereka
  masalah masalah
  selatan selatan
  sekarang sekarang
  mengapa apa meN-
  menteri menteri
  tangan tangan
  bahan bahan
  jalan jalan
  setelah telah se-
  pertama pertama
  kemudian kemudian
  bersama sama ber-
  menurut turut meN-
  tentang tentang
  seperti seperti
  pasukan pasukan
  perang perang
  pergi pergi
  percaya percaya
  kembali kembali
  sekolah sekolah
  berita berita
  bulan bulan
  terima terima
  sebagai bagai se-
  pendek pendek
  penting penting
  ketidakadilan adil ke-…-an tidak-
  mempertanggungjawabkan tanggung_jawab meN- per- -kan
  keanekaragaman aneka_ragam ke-…-an
  berkesinambungan sinambung ber- ke-…-an
  memperjuangkan juang meN- per- -kan
  sebaiknya baik se- -nya
  sebenarnya benar se- -nya
  berikan beri -kan
  mengisi isi meN-
  keadilan adil ke-…-an
  pelaksanaan laksana peN-…-an
  kemungkinan mungkin ke-…-an
  pemikiran pikir peN-…-an
  ilmuwan ilmu -wan
  karyawan karya -wan
  mengebom bom meN-
  sayur-sayuran sayur -an REDUP
  bertanya-tanya tanya ber- REDUP
  nyuci cuci N-
  ngecek cek N-
  ngebersihin bersih N- -in
  nemuin temu N- -in
  nyeritain cerita N- -in
  beliin beli -in
`;

const cases = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [form, root, ...affixes] = line.trim().split(/\s+/);
    return {form: form!, root: root!.replace('_', ' '), affixes};
  });

describe('the table of forms, ranked with the shipped lexicon', () => {
  const lexicon = loadLexicon();
  test('has at least 200 forms', () => expect(cases.length).toBeGreaterThanOrEqual(200));
  test.each(cases)('$form → $root', ({form, root, affixes}) => {
    const result = lookupWord(lexicon, form, 'id');
    expect(result.root).toBe(root);
    if (affixes.length > 0) expect(result.affixes).toEqual(affixes);
  });
});

describe('analyzeWord with a small root list', () => {
  const roots = new Set([
    'sapu',
    'pukul',
    'ambil',
    'kirim',
    'tulis',
    'guna',
    'baca',
    'lari',
    'anak',
    'hati',
    'cat',
    'minta',
    'pinta',
  ]);
  const known = (r: string) => roots.has(r);
  const best = (w: string) => analyzeWord(w, known)[0];

  test('undoes the nasal sound changes of meN- and peN-', () => {
    expect(best('menyapu')).toEqual({root: 'sapu', affixes: ['meN-']});
    expect(best('memukul')).toEqual({root: 'pukul', affixes: ['meN-']});
    expect(best('mengambil')).toEqual({root: 'ambil', affixes: ['meN-']});
    expect(best('mengirim')).toEqual({root: 'kirim', affixes: ['meN-']});
    expect(best('menulis')).toEqual({root: 'tulis', affixes: ['meN-']});
    expect(best('mengecat')).toEqual({root: 'cat', affixes: ['meN-']});
    expect(best('penggunaan')).toEqual({root: 'guna', affixes: ['peN-…-an']});
  });

  test('lists the word itself among the candidates, and unknown roots after known ones', () => {
    const all = analyzeWord('membaca', known);
    expect(all[0]).toEqual({root: 'baca', affixes: ['meN-']});
    expect(all.some((a) => a.root === 'membaca' && a.affixes.length === 0)).toBe(true);
    expect(analyzeWord('xyzzy', known)[0]).toEqual({root: 'xyzzy', affixes: []});
  });

  test('hints: whole words stay whole, common roots win ties', () => {
    expect(best('memperhatikan')).toEqual({root: 'hati', affixes: ['meN-', 'per-', '-kan']});
    expect(analyzeWord('meminta', known, {isCommon: (r) => r === 'minta'})[0]?.root).toBe('minta');
    expect(analyzeWord('menganak', known, {isWhole: (w) => w === 'menganak'})[0]?.root).toBe('menganak');
  });

  test('handles reduplication with and without affixes', () => {
    expect(best('anak-anak')).toEqual({root: 'anak', affixes: ['REDUP']});
    expect(best('berlari-lari')).toEqual({root: 'lari', affixes: ['ber-', 'REDUP']});
    expect(best('Anak-Anaknya')).toEqual({root: 'anak', affixes: ['-nya', 'REDUP']});
  });

  test('a reduplicated word known as a word of its own keeps its meaning when affixed', () => {
    const withPretend = (r: string) => r === 'pura' || r === 'pura-pura';
    expect(analyzeWord('berpura-pura', withPretend)[0]).toEqual({root: 'pura-pura', affixes: ['ber-']});
    expect(analyzeWord('berpura-pura', (r) => r === 'pura')[0]).toEqual({root: 'pura', affixes: ['ber-', 'REDUP']});
  });

  test('is deterministic', () => {
    expect(analyzeWord('mempertanggungjawabkan', known)).toEqual(analyzeWord('mempertanggungjawabkan', known));
  });
});

describe('informal affixes', () => {
  const lexicon = loadLexicon();
  test('read only words that look informal: names and plain words starting with m- or n- stay whole', () => {
    for (const word of ['madam', 'maria', 'nanda', 'manik', 'mula', 'nya', 'selain', 'desain', 'hadirin', 'yakin'])
      expect(lookupWord(lexicon, word, 'id').affixes).not.toContain('N-');
    for (const word of ['selain', 'desain', 'hadirin', 'yakin', 'mungkin', 'kemarin', 'dingin'])
      expect(lookupWord(lexicon, word, 'id').affixes).not.toContain('-in');
  });
});

describe('AFFIXES', () => {
  test('covers every affix the analyser produces', () => {
    const seen = new Set(cases.flatMap((c) => analyzeWord(c.form, () => true).flatMap((a) => a.affixes)));
    for (const affix of seen) expect(AFFIXES).toContain(affix);
  });
});
