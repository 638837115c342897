// Word classes and draft glosses for the Indonesian words the offline draft handles itself: function
// words (whose English depends on their neighbours), and frequent words whose first dictionary sense
// is the wrong one for running text. Everything else comes from the lexicon.

export type Tag =
  | 'N'
  | 'ADJ'
  | 'V'
  | 'ADV'
  | 'PRON'
  | 'DET'
  | 'PREP'
  | 'CONJ'
  | 'NUM'
  | 'QUANT'
  | 'AUX'
  | 'NEG'
  | 'REL'
  | 'ART'
  | 'PART'
  | 'NAME'
  | 'PLACE'
  | 'TITLE'
  | 'Q';

export interface DraftWord {
  en: string;
  tag: Tag;
}

function table(spec: string): Map<string, DraftWord> {
  const map = new Map<string, DraftWord>();
  for (const line of spec.trim().split('\n')) {
    const [tag, ...entries] = line.trim().split(/\s*;\s*/);
    for (const entry of entries) {
      if (!entry) continue;
      const [id, en = ''] = entry.split('=');
      map.set(id.trim(), {en: en.trim(), tag: tag as Tag});
    }
  }
  return map;
}

// One line per tag: "TAG; word=gloss; word=gloss". An empty gloss drops the word.
export const DRAFT_WORDS = table(`
  REL; yang=that
  CONJ; dan=and; atau=or; tetapi=but; tapi=but; namun=however; melainkan=but rather; sedangkan=while; serta=and; maupun=or; bahwa=that; karena=because; sebab=because; jika=if; kalau=if; apabila=if; bila=if; jikalau=if; ketika=when; sementara=while; agar=so that; supaya=so that; sehingga=so that; maka=then; lalu=then; kemudian=then; meskipun=although; meski=although; walaupun=although; walau=although; biarpun=although; seraya=while; sambil=while; saat=when; yaitu=namely; yakni=namely; ialah=is; bahkan=even; hingga=until; sampai=until; sebelum=before; setelah=after; sesudah=after; sejak=since; selagi=while; seandainya=if
  PREP; di=in; ke=to; dari=from; pada=on; untuk=for; guna=to; dengan=with; oleh=by; tentang=about; mengenai=on; terhadap=on; atas=on; bagi=for; kepada=to; dalam=in; antara=between; menurut=according to; melalui=through; tanpa=without; seperti=like; sebagai=as; bersama=with; sekitar=around; selama=during; menuju=towards; demi=for; per=per; melawan=against; dekat=near; daripada=than; akibat=due to; sesuai=according to; via=via; dilansir=according to; lewat=via; selain=besides
  AUX; telah=has; sudah=has; akan=will; sedang=is; tengah=is; harus=must; dapat=can; bisa=can; boleh=may; mau=want to; ingin=want to; perlu=need to; mungkin=may; hendak=intend to; sempat=managed to; pernah=once; masih=still; wajib=must; mampu=able to; berhasil=managed to; mulai=started to; terus=continue to; tetap=remains
  NEG; tidak=not; tak=not; bukan=not; jangan=do not; belum=not yet; tiada=no
  ADV; sangat=very; sekali=very; amat=very; paling=most; lebih=more; kurang=less; cukup=quite; terlalu=too; agak=rather; juga=also; pula=also; lagi=again; hanya=only; saja=only; cuma=only; segera=immediately; selalu=always; sering=often; jarang=rarely; kadang=sometimes; hampir=almost; sekarang=now; kini=now; nanti=later; tadi=earlier; dulu=formerly; kemarin=yesterday; besok=tomorrow; sini=here; situ=there; sana=there; begitu=so; demikian=thus; langsung=directly; secara=in a way; berurutan=in a row; berturut-turut=in a row; bersamaan=simultaneously; bersama-sama=together; sendiri=alone; kembali=again; benar-benar=really; sebelumnya=previously; selanjutnya=next; akhirnya=finally; biasanya=usually; sebenarnya=actually; tampaknya=apparently; misalnya=for example; contohnya=for example; termasuk=including; katanya=he said; apalagi=let alone; justru=precisely; malah=instead; hanyalah=only; ya=yes
  QUANT; beberapa=several; banyak=many; para=; semua=all; seluruh=all; berbagai=various; sejumlah=a number of; segala=all; ribuan=thousands of; ratusan=hundreds of; puluhan=dozens of; jutaan=millions of; miliaran=billions of; setiap=every; tiap=each; masing-masing=each; kedua=both; sebagian=some of; segenap=all
  ART; seorang=a; sebuah=a; seekor=a; sesosok=a; sepucuk=a; sebutir=a; selembar=a; sebatang=a
  DET; ini=this; itu=that; tersebut=the
  Q; apa=what; siapa=who; mengapa=why; kenapa=why; bagaimana=how; kapan=when; mana=which; berapa=how many; apakah=whether; bagaimanakah=how
  PART; lah=; kah=; dong=; sih=; kok=; deh=; nih=; tuh=; kan=; nah=now; toh=; pun=
  NUM; nol=zero; satu=one; dua=two; tiga=three; empat=four; lima=five; enam=six; tujuh=seven; delapan=eight; sembilan=nine; sepuluh=ten; sebelas=eleven; seratus=one hundred; seribu=one thousand; sejuta=one million; puluh=ten; belas=teen; ratus=hundred; ribu=thousand; juta=million; miliar=billion; triliun=trillion; pertama=first; ketiga=third; keempat=fourth; kelima=fifth; keenam=sixth; ketujuh=seventh; kedelapan=eighth; kesembilan=ninth; kesepuluh=tenth; setengah=half
  V; adalah=is; merupakan=is; ada=there is; menjadi=become; mengatakan=said; berkata=said; menyatakan=stated; menambahkan=added; menjelaskan=explained; mengungkapkan=revealed; menegaskan=stressed; meminta=asked; mencegah=prevent; mendesak=urged; melakukan=hold; memberikan=give; membuat=make; menggunakan=use; mengirim=send; mengirimkan=send; datang=come; pergi=go; tiba=arrive; pulang=go home; masuk=enter; keluar=exit; naik=rise; turun=fall; tidur=sleep; duduk=sit; jatuh=fall; lahir=be born; mati=die; hidup=live; tinggal=stay; ikut=join; muncul=appear; hilang=disappear; bangun=wake up; tumbuh=grow; terbang=fly; makan=eat; minum=drink; tahu=know; suka=like; lupa=forget; ingat=remember; kenal=know; percaya=believe; pindah=move; tunggu=wait; setuju=agree; bertemu=meet; berbicara=speak; bekerja=work; berada=is; bersiap=prepare; berupaya=seek; miliki=have; kira=think; ujar=said; ucap=said; tutur=said; menyetujui=approve; menyadari=realize; mencatat=note; menunjukkan=show; mengetahui=know; membantu=help; mengganggu=disrupt; menjalin=forged; memainkan=play; mencoba=try; membatasi=limit; mengekang=curb; menekankan=emphasize; bungkam=silent; klik=click; tekan=press; pilih=select; ketik=type; seret=drag; gulir=scroll; buka=open; tutup=close; simpan=save; hapus=delete; salin=copy; tempel=paste; cetak=print; unduh=download; pasang=install; cari=search; atur=set; ubah=change; lihat=see; baca=read; tulis=write; silakan=please; gunakan=use; tambahkan=add; aktifkan=enable; nonaktifkan=disable; matikan=turn off; nyalakan=turn on; hidupkan=turn on; mematikan=turn off; menyalakan=turn on; menghidupkan=turn on; dimatikan=turned off; dinyalakan=turned on; dihidupkan=turned on; diaktifkan=enabled; dinonaktifkan=disabled; diklik=clicked; ditekan=pressed; dipilih=selected; mengklik=click; menekan=press; memilih=choose; membuka=open; menutup=close; menyimpan=save; menghapus=delete; menampilkan=display; mengubah=change; mengatur=set; menambahkan=add; memungkinkan=allows; mengaktifkan=enable; menonaktifkan=disable; memiliki=have; mempunyai=have; dipakai=used; digunakan=used; bertentangan=conflicts
  ADJ; tinggi=high; utama=main; siap=ready; militer=military; publik=public; langka=rare; kuat=strong; damai=peaceful; jelas=clear; konsisten=consistent; konstruktif=constructive; internasional=international; politik=political; lainnya=other; lain=other; baru=new; lama=old; besar=big; kecil=small; mudah=easy; sulit=difficult; khusus=special; umum=general; penting=important; aktif=active; nonaktif=inactive; otomatis=automatic; tertentu=certain; berbeda=different; sama=same; mendatang=coming; jauh=far; tersedia=available; lengkap=complete; benar=correct; salah=wrong; bawaan=default; visual=visual; buta=blind; sosial=social; nasional=national; global=global; regional=regional; resmi=official; terakhir=last; awal=early; akhir=final; tanpa batas=unlimited; menarik=interesting; bersenjata=armed; setempat=local; rahasia=secret; muda=young; tua=old; kaya=rich; miskin=poor; bagus=good; baik=good; buruk=bad; cepat=fast; lambat=slow
  N; orang=people; aplikasi=application; layar=screen; pasukan=forces; tentara=troops; pemerintah=government; pejabat=official; pembicaraan=talks; perundingan=negotiations; kekhawatiran=concerns; harapan=expectation; kegiatan=activity; pertemuan=meeting; penyelesaian=settlement; kemitraan=partnership; komentar=comment; tindakan=action; perbatasan=border; kawasan=region; pakar=expert; ahli=expert; perjanjian=agreement; aliansi=alliance; negara=country; perang=war; hari=day; minggu=week; bulan=month; tahun=year; jam=hour; menit=minute; detik=second; waktu=time; kali=time; hal=thing; cara=way; sistem=system; pengguna=user; pengaturan=settings; berkas=file; tombol=button; jendela=window; bilah=bar; ikon=icon; fitur=feature; opsi=option; perangkat=device; jaringan=network; kata sandi=password; sandi=password; akun=account; papan ketik=keyboard; tetikus=mouse; penunjuk=pointer; menu=menu; teks=text; gambar=image; halaman=page; situs=site; pesan=message; kesalahan=error; masalah=problem; bantuan=help; ukuran=size; warna=color; suara=sound; daya=power; baterai=battery; tampilan=display; konten=content; dunia=world; mitra=partner; sekutu=ally; posisi=position; krisis=crisis; sinyal=signal; permintaan=request; pernyataan=statement; peran=role; tujuan=goal; fakta=fact; situasi=situation; bahaya=danger; hubungan=relations; stabilitas=stability; kompleksitas=complexity; eskalasi=escalation; pengaruh=influence; kawan=friend; rakyat=people; warga=citizens; masyarakat=society; polisi=police; presiden=president; menteri=minister; wakil=deputy; perusahaan=company; harga=price; uang=money; rumah=house; anak=child; kota=city; desa=village; jalan=road; air=water; tanah=land; laut=sea; pulau=island; gunung=mountain; sungai=river; bahasa=language; berita=news; kabar=news; sesuatu=something; semenanjung=peninsula; universitas=university; konferensi=conference; pers=press; kedutaan=embassy; diplomat=diplomat; duta=envoy; pihak=party; sumber=source; data=data; informasi=information; keamanan=security; pertahanan=defense; kebijakan=policy; ancaman=threat; serangan=attack; korban=victim; pemilu=election; partai=party; undang-undang=law; hukum=law; pengadilan=court; kasus=case; laporan=report; penelitian=research; sekolah=school; pendidikan=education; kesehatan=health; ekonomi=economy; pasar=market; produk=product; layanan=service; program=program; proyek=project; kebutuhan=needs; teknologi=technology
`);

/** Pronoun forms: subject, object, possessive determiner. */
export const PRONOUNS: Record<string, [string, string, string]> = {
  saya: ['I', 'me', 'my'],
  aku: ['I', 'me', 'my'],
  kami: ['we', 'us', 'our'],
  kita: ['we', 'us', 'our'],
  kamu: ['you', 'you', 'your'],
  anda: ['you', 'you', 'your'],
  engkau: ['you', 'you', 'your'],
  kau: ['you', 'you', 'your'],
  kalian: ['you', 'you', 'your'],
  dia: ['he', 'him', 'his'],
  ia: ['he', 'him', 'his'],
  beliau: ['he', 'him', 'his'],
  mereka: ['they', 'them', 'their'],
  nya: ['it', 'it', 'its'],
};

/** Glosses that are already plural, or count as such for "this" → "these". */
export const PLURAL_GLOSSES = new Set([
  'troops',
  'forces',
  'talks',
  'negotiations',
  'concerns',
  'people',
  'relations',
  'citizens',
  'settings',
  'needs',
  'police',
]);
