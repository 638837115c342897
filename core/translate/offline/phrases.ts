// Multi-word expressions, places with their English adjectives, calendar words and acronyms for the
// offline draft. Phrases are matched before single words, longest first.
import type {Tag} from './words';

export interface Phrase {
  en: string;
  tag: Tag;
}
export interface Place {
  en: string;
  adjective: string;
}

function phrases(spec: string): Map<string, Phrase> {
  const map = new Map<string, Phrase>();
  for (const line of spec.trim().split('\n')) {
    const [tag, ...entries] = line.trim().split(/\s*;\s*/);
    for (const entry of entries) {
      const [id, en] = entry.split('=');
      if (id && en !== undefined) map.set(id.trim(), {en: en.trim(), tag: tag as Tag});
    }
  }
  return map;
}

// Indonesian (lowercase, words separated by single spaces) → English.
export const PHRASES_ID_EN = phrases(`
  ADV; sejauh ini=so far; dengan syarat anonim=on condition of anonymity; awal minggu ini=earlier this week; akhir minggu ini=later this week; minggu ini=this week; minggu lalu=last week; minggu depan=next week; pekan ini=this week; pekan lalu=last week; pekan depan=next week; tahun ini=this year; tahun lalu=last year; tahun depan=next year; bulan ini=this month; bulan lalu=last month; bulan depan=next month; hari ini=today; saat ini=currently; baru-baru ini=recently; sampai saat ini=until now; hingga kini=until now; sama sekali=at all; di seluruh dunia=around the world; oleh karena itu=therefore; oleh sebab itu=therefore; karena itu=therefore; dengan demikian=thus; meskipun demikian=nevertheless; namun demikian=however; selain itu=in addition; sebagai contoh=for example; antara lain=among others; dan lain-lain=and so on; dan sebagainya=and so on; lebih lanjut=further; secara otomatis=automatically; secara default=by default; secara manual=manually; pada umumnya=in general; pada akhirnya=in the end; di sini=here; di sana=there; di situ=there; tidak lagi=no longer; sekali lagi=once again; dalam beberapa hari mendatang=in the coming days; beberapa hari mendatang=the coming days; ke depan=ahead; bukan hanya=not only; tidak hanya=not only; tetapi juga=but also; melainkan juga=but also; seperti biasa=as usual; terima kasih=thank you; apa pun=anything; siapa pun=anyone; di mana=where; di mana pun=anywhere; kapan pun=whenever; bagaimanapun=however
  PREP; di atas=above; di bawah=below; di dalam=inside; di luar=outside; di depan=in front of; di belakang=behind; di samping=beside; di antara=among; di tengah=in the middle of; di tengah-tengah=amid; lebih dari=more than; kurang dari=less than; sesuai dengan=in accordance with; berkaitan dengan=related to; terkait dengan=related to; sehubungan dengan=in connection with; bersama dengan=together with; dibandingkan dengan=compared to; hingga ke=up to; sampai ke=up to; salah satu=one of; sebagian besar=most of; pada hari=on; pada tanggal=on; pada pukul=at
  CONJ; sehingga=so that; seperti yang=as; sebagaimana=as; begitu juga=likewise; baik=both; agar tidak=so as not to
  AUX; tidak dapat=cannot; tidak bisa=cannot; tidak boleh=must not; tidak perlu=need not; tidak akan=will not; akan terus=will continue to; sedang berlangsung=is under way
  V; sangat tidak setuju=strongly disagrees; tidak setuju=disagree; tidak ada=there is no; ada di=is in; terdiri dari=consists of; terdiri atas=consists of; bergantung pada=depends on; tergantung pada=depends on; mengambil alih=take over; melakukan pembicaraan=hold talks; membuat keputusan=make a decision; menarik diri=withdraw; turun tangan=intervene; angkat bicara=speak out; masuk log=log in; keluar log=log out
  ADJ; tanpa batas=no-limits; tidak berubah=unchanged; lebih dekat=closer; lebih besar=bigger; lebih kecil=smaller; lebih baik=better; lebih buruk=worse; lebih mudah=easier; lebih sulit=more difficult; lebih tinggi=higher; lebih rendah=lower; lebih cepat=faster; lebih lambat=slower; lebih banyak=more; lebih sedikit=fewer; paling banyak=most; paling sedikit=least; lebih lama=longer
  N; kedua belah pihak=both sides; kedua pihak=both sides; kerja sama=cooperation; kerjasama=cooperation; konferensi pers=press conference; juru bicara=spokesperson; duta besar=ambassador; kedutaan besar=embassy; departemen luar negeri=State Department; semenanjung korea=Korean Peninsula; kementerian luar negeri=Foreign Ministry; kementerian pertahanan=Defense Ministry; luar negeri=foreign affairs; dalam negeri=home affairs; hak asasi manusia=human rights; hak asasi=basic rights; rumah sakit=hospital; dewan keamanan=Security Council; pasukan keamanan=security forces; angkatan darat=army; angkatan laut=navy; angkatan udara=air force; senjata nuklir=nuclear weapons; rudal balistik=ballistic missiles; hubungan internasional=international relations; media sosial=social media; kata sandi=password; papan ketik=keyboard; perangkat lunak=software; perangkat keras=hardware; surat elektronik=email; layar sentuh=touchscreen; bilah atas=top bar; bilah sisi=sidebar; kotak dialog=dialog box; kotak centang=check box; tombol tetikus=mouse button; klik kanan=right-click; klik ganda=double-click; pintasan papan ketik=keyboard shortcut; pengelola berkas=file manager; sistem operasi=operating system; tanggal lahir=date of birth; akhir pekan=weekend; orang tua=parents; anak-anak=children; laki-laki=man; perempuan=woman; sesuatu yang=something that
  TITLE; menteri luar negeri=Foreign Minister; menteri pertahanan=Defense Minister; menteri keuangan=Finance Minister; menteri dalam negeri=Interior Minister; perdana menteri=Prime Minister; wakil presiden=Vice President; sekretaris jenderal=Secretary-General; presiden=President; menteri=Minister; gubernur=Governor; wali kota=Mayor; walikota=Mayor; bupati=Regent; raja=King; ratu=Queen; jenderal=General; kolonel=Colonel; paus=Pope
`);

// In a text about the United States its officials take American titles.
export const US_TITLES: Record<string, string> = {
  'menteri luar negeri': 'Secretary of State',
  'menteri pertahanan': 'Defense Secretary',
  'menteri keuangan': 'Treasury Secretary',
};

// Capitalised place names (lowercase keys) → English name and adjective; a city's adjective is "*":
// it modifies as a possessive (Moscow's war).
export const PLACES: ReadonlyMap<string, Place> = new Map(
  (
    'amerika serikat=the United States/US; korea utara=North Korea/North Korean; korea selatan=South Korea/South Korean; ' +
    'korea=Korea/Korean; china=China/Chinese; tiongkok=China/Chinese; cina=China/Chinese; rusia=Russia/Russian; ' +
    'ukraina=Ukraine/Ukrainian; jepang=Japan/Japanese; indonesia=Indonesia/Indonesian; malaysia=Malaysia/Malaysian; ' +
    'singapura=Singapore/Singaporean; filipina=the Philippines/Philippine; thailand=Thailand/Thai; vietnam=Vietnam/Vietnamese; ' +
    'india=India/Indian; pakistan=Pakistan/Pakistani; australia=Australia/Australian; selandia baru=New Zealand/New Zealand; ' +
    'inggris=Britain/British; britania raya=Britain/British; prancis=France/French; perancis=France/French; ' +
    'jerman=Germany/German; belanda=the Netherlands/Dutch; italia=Italy/Italian; spanyol=Spain/Spanish; portugal=Portugal/Portuguese; ' +
    'yunani=Greece/Greek; turki=Turkey/Turkish; polandia=Poland/Polish; swedia=Sweden/Swedish; norwegia=Norway/Norwegian; ' +
    'finlandia=Finland/Finnish; denmark=Denmark/Danish; swiss=Switzerland/Swiss; austria=Austria/Austrian; belgia=Belgium/Belgian; ' +
    'irlandia=Ireland/Irish; skotlandia=Scotland/Scottish; kanada=Canada/Canadian; meksiko=Mexico/Mexican; brasil=Brazil/Brazilian; ' +
    'argentina=Argentina/Argentine; mesir=Egypt/Egyptian; arab saudi=Saudi Arabia/Saudi; iran=Iran/Iranian; irak=Iraq/Iraqi; ' +
    'suriah=Syria/Syrian; yordania=Jordan/Jordanian; lebanon=Lebanon/Lebanese; israel=Israel/Israeli; palestina=Palestine/Palestinian; ' +
    'afganistan=Afghanistan/Afghan; afrika selatan=South Africa/South African; nigeria=Nigeria/Nigerian; taiwan=Taiwan/Taiwanese; ' +
    'hong kong=Hong Kong/Hong Kong; myanmar=Myanmar/Myanmar; kamboja=Cambodia/Cambodian; laos=Laos/Lao; timor leste=Timor-Leste/Timorese; ' +
    'eropa=Europe/European; asia=Asia/Asian; afrika=Africa/African; amerika=America/American; timur tengah=the Middle East/Middle Eastern; ' +
    'asia tenggara=Southeast Asia/Southeast Asian; uni eropa=the European Union/EU; perserikatan bangsa-bangsa=the United Nations/UN; ' +
    'moskow=Moscow/*; beijing=Beijing/*; pyongyang=Pyongyang/*; ' +
    'seoul=Seoul/*; tokyo=Tokyo/*; washington=Washington/*; kremlin=the Kremlin/*; gedung putih=the White House/*; ' +
    'jakarta=Jakarta/*; jawa=Java/Javanese; jawa barat=West Java/West Java; jawa tengah=Central Java/Central Java; ' +
    'jawa timur=East Java/East Java; sumatra=Sumatra/Sumatran; sumatera=Sumatra/Sumatran; kalimantan=Kalimantan/Kalimantan; ' +
    'sulawesi=Sulawesi/Sulawesi; papua=Papua/Papuan; bali=Bali/Balinese; london=London/*; paris=Paris/*; kyiv=Kyiv/*; kiev=Kyiv/*'
  )
    .split(/;\s*/)
    .map((entry): [string, Place] => {
      const [id, value] = entry.split('=');
      const [en, adjective] = value.split('/');
      return [id.trim(), {en, adjective}];
    }),
);

/** Acronyms written in capitals. */
export const ACRONYMS: ReadonlyMap<string, Place> = new Map([
  ['AS', {en: 'US', adjective: 'US'}],
  ['PBB', {en: 'UN', adjective: 'UN'}],
  ['UE', {en: 'EU', adjective: 'EU'}],
  ['RI', {en: 'Indonesia', adjective: 'Indonesian'}],
  ['RRT', {en: 'China', adjective: 'Chinese'}],
  ['Korut', {en: 'North Korea', adjective: 'North Korean'}],
  ['Korsel', {en: 'South Korea', adjective: 'South Korean'}],
]);

export const MONTHS: Record<string, string> = {
  januari: 'January',
  februari: 'February',
  maret: 'March',
  april: 'April',
  mei: 'May',
  juni: 'June',
  juli: 'July',
  agustus: 'August',
  september: 'September',
  oktober: 'October',
  november: 'November',
  desember: 'December',
};

export const DAYS: Record<string, string> = {
  senin: 'Monday',
  selasa: 'Tuesday',
  rabu: 'Wednesday',
  kamis: 'Thursday',
  jumat: 'Friday',
  "jum'at": 'Friday',
  sabtu: 'Saturday',
  minggu: 'Sunday',
  ahad: 'Sunday',
};

/** Capitalised common nouns that come after the name in English: Universitas Renmin → Renmin University. */
export const NAME_FIRST_IN_ENGLISH: Record<string, string> = {
  universitas: 'University',
  sungai: 'River',
  jalan: 'Street',
  provinsi: 'Province',
  kabupaten: 'Regency',
  kota: 'City',
  stasiun: 'Station',
  bandara: 'Airport',
  pelabuhan: 'Port',
  masjid: 'Mosque',
  partai: 'Party',
  institut: 'Institute',
};
