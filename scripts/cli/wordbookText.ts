// The written parts of the Selaras pocket word book (scripts/cli/build-wordbook.ts): its titles, its
// introduction and each chapter's opening, in Indonesian and in English.

type Both = {id: string; en: string};

export const TITLES: Both = {
  id: 'Kamus Saku Selaras: Kata-Kata untuk Membaca Bahasa Indonesia',
  en: 'The Selaras Pocket Word Book: Words for Reading Indonesian',
};

export const INTRODUCTION: {title: Both; paragraphs: {id: string[]; en: string[]}} = {
  title: {id: 'Pendahuluan', en: 'Introduction'},
  paragraphs: {
    id: [
      'Buku kecil ini mengumpulkan kata-kata yang paling sering ditemui pembaca Selaras. Setiap kata diberi arti dalam bahasa Inggris, sebagaimana tercatat dalam leksikon yang dipakai Selaras untuk menjelaskan kata ketika pembaca mengetuknya.',
      'Kata-kata dikelompokkan menurut jenisnya: kata tugas, bilangan, akar kata kerja, kata benda sehari-hari, kata sifat, kata tentang waktu dan jumlah, kata dari berita, kosakata komputer, kata-kata dari teks contoh yang disertakan bersama Selaras, kosakata sehari-hari dari percakapan, yang sering dan yang lebih jarang, kata turunan yang artinya tidak dapat ditebak dari akarnya, ungkapan dan partikel sehari-hari, serta ungkapan kiasan dan kata cakapan.',
      'Bahasa Indonesia membentuk banyak kata dari akar dengan imbuhan. Dari akar baca lahir membaca, dibaca, pembaca, bacaan, dan terbaca. Karena itu buku ini mencantumkan akar kata; arti bentuk turunannya biasanya dapat ditebak dari akarnya, dan yang tidak dapat ditebak punya bab sendiri.',
      'Arti yang diberikan di sini hanyalah titik awal. Sebuah kata bisa bermakna lain dalam kalimat yang lain, dan penerjemah yang baik selalu membaca kalimat secara utuh sebelum memilih padanan.',
      'Bacalah buku ini berdampingan: di sebelah kiri bahasa Indonesia, di sebelah kanan bahasa Inggris. Setiap entri di satu sisi punya pasangannya di sisi lain, sehingga buku ini juga menjadi latihan membaca dua bahasa sekaligus.',
      'Daftar kata ini ditulis oleh para penyusun Selaras dan diterbitkan dengan lisensi CC BY-SA 3.0, sama seperti data FreeDict yang dilengkapinya.',
    ],
    en: [
      'This small book collects the words that readers of Selaras meet most often. Each word is given its meaning in English, as recorded in the lexicon Selaras uses to explain a word when a reader taps it.',
      'The words are grouped by kind: function words, numbers, verb roots, everyday nouns, adjectives, words of time and quantity, words from the news, computing vocabulary, the words of the sample texts that ship with Selaras, everyday vocabulary from conversation, both frequent and less frequent, derived words whose meaning cannot be guessed from their root, everyday expressions and particles, and idioms and informal words.',
      'Indonesian builds many words from a root with affixes. From the root baca come membaca, dibaca, pembaca, bacaan and terbaca. This book therefore lists roots; the meaning of a derived form can usually be guessed from its root, and those that cannot have a chapter of their own.',
      'The meanings given here are only a starting point. A word can mean something else in another sentence, and a good translator always reads the whole sentence before choosing an equivalent.',
      'Read this book side by side: Indonesian on the left, English on the right. Every entry on one side has its partner on the other, so the book is also an exercise in reading two languages at once.',
      'This word list was written by the Selaras authors and is published under the CC BY-SA 3.0 licence, like the FreeDict data it extends.',
    ],
  },
};

export interface ChapterText {
  /** The start of the section's comment line in selaras-id-en.tsv. */
  section: string;
  title: Both;
  intro: Both;
}

export const CHAPTERS: ChapterText[] = [
  {
    section: 'Function words',
    title: {id: 'Kata Tugas', en: 'Function Words'},
    intro: {
      id: 'Kata tugas adalah perekat kalimat: kata depan, kata sambung, kata ganti, dan kata-kata kecil lain yang muncul di hampir setiap baris.',
      en: 'Function words are the glue of a sentence: prepositions, conjunctions, pronouns and the other small words that appear in almost every line.',
    },
  },
  {
    section: 'Numbers',
    title: {id: 'Bilangan', en: 'Numbers'},
    intro: {
      id: 'Bilangan dalam bahasa Indonesia teratur: setelah sepuluh, belasan, puluhan, ratusan, dan ribuan dibentuk dengan pola yang sama.',
      en: 'Indonesian numbers are regular: after ten, the teens, tens, hundreds and thousands are all formed on the same pattern.',
    },
  },
  {
    section: 'Everyday roots',
    title: {id: 'Akar Kata Sehari-hari', en: 'Everyday Roots'},
    intro: {
      id: 'Beberapa akar kata begitu sering dipakai sehingga layak dihafal lebih dulu.',
      en: 'Some roots are used so often that they are worth learning first.',
    },
  },
  {
    section: 'Verb roots',
    title: {id: 'Akar Kata Kerja', en: 'Verb Roots'},
    intro: {
      id: 'Akar kata kerja di bawah ini jarang muncul sendirian; biasanya ia memakai awalan seperti me-, di-, atau ber-, tetapi artinya tetap berasal dari akar ini.',
      en: 'The verb roots below rarely appear on their own; they usually take a prefix such as me-, di- or ber-, but their meaning still comes from the root.',
    },
  },
  {
    section: 'Everyday nouns',
    title: {id: 'Kata Benda Sehari-hari', en: 'Everyday Nouns'},
    intro: {
      id: 'Kata benda sehari-hari: rumah, makanan, keluarga, kota, dan benda-benda yang kita temui setiap hari.',
      en: 'Everyday nouns: the house, food, family, the town, and the things we meet every day.',
    },
  },
  {
    section: 'Adjectives and adverbs',
    title: {id: 'Kata Sifat dan Kata Keterangan', en: 'Adjectives and Adverbs'},
    intro: {
      id: 'Kata sifat dalam bahasa Indonesia mengikuti kata benda yang diterangkannya: rumah besar, bukan besar rumah.',
      en: 'In Indonesian an adjective follows the noun it describes: rumah besar, a big house, not besar rumah.',
    },
  },
  {
    section: 'Time, quantity and discourse',
    title: {id: 'Waktu, Jumlah, dan Wacana', en: 'Time, Quantity and Discourse'},
    intro: {
      id: 'Bahasa Indonesia tidak mengubah bentuk kata kerja menurut waktu; kata-kata seperti sudah, sedang, dan akan yang menunjukkan kapan sesuatu terjadi.',
      en: 'Indonesian does not change its verbs for tense; words such as sudah, sedang and akan show when something happens.',
    },
  },
  {
    section: 'News, politics and society',
    title: {id: 'Berita, Politik, dan Masyarakat', en: 'News, Politics and Society'},
    intro: {
      id: 'Kata-kata yang sering muncul di berita: pemerintahan, hubungan antarnegara, ekonomi, dan kehidupan masyarakat.',
      en: 'Words that often appear in the news: government, relations between countries, the economy and the life of society.',
    },
  },
  {
    section: 'Computing vocabulary',
    title: {id: 'Kosakata Komputer', en: 'Computing Vocabulary'},
    intro: {
      id: 'Banyak dokumentasi perangkat lunak kini ditulis dalam bahasa Indonesia. Bab ini mengumpulkan kata-kata yang dipakai di dalamnya.',
      en: 'Much software documentation is now written in Indonesian. This chapter collects the words it uses.',
    },
  },
  {
    section: 'Roots of derived words',
    title: {id: 'Akar dari Kata Turunan', en: 'Roots of Derived Words'},
    intro: {
      id: 'Akar-akar berikut menjelaskan kata turunan yang muncul di bab-bab sebelumnya.',
      en: 'The following roots explain derived words that appear in the earlier chapters.',
    },
  },
  {
    section: 'Words of the sample texts',
    title: {id: 'Kata-Kata dari Teks Contoh', en: 'Words of the Sample Texts'},
    intro: {
      id: 'Kata-kata dari teks yang disertakan bersama Selaras: panduan Pulau Kenari, cerita Payung Kuning, esai Bahasa Milik Bersama, dan panduan pembaca.',
      en: 'Words from the texts that ship with Selaras: the Pulau Kenari guide, the story Payung Kuning, the essay Bahasa Milik Bersama and the reader guide.',
    },
  },
  {
    section: 'More everyday words',
    title: {id: 'Kata Sehari-hari Lainnya', en: 'More Everyday Words'},
    intro: {
      id: 'Kata-kata sehari-hari yang belum masuk ke bab mana pun.',
      en: 'Everyday words that have not found a place in any other chapter.',
    },
  },
  {
    section: 'Everyday vocabulary',
    title: {id: 'Kosakata Sehari-hari dari Percakapan', en: 'Everyday Vocabulary from Conversation'},
    intro: {
      id: 'Kata-kata yang sering terdengar dalam percakapan dan cerita, dipilih menurut seberapa sering muncul dalam teks terjemahan film, dengan arti dalam bahasa Inggris yang ditulis para penyusun Selaras.',
      en: 'Words often heard in conversation and stories, chosen by how often they appear in film subtitles, with English meanings written by the Selaras authors.',
    },
  },
  {
    section: 'Less frequent everyday vocabulary',
    title: {id: 'Kosakata Sehari-hari yang Lebih Jarang', en: 'Less Frequent Everyday Vocabulary'},
    intro: {
      id: 'Terakhir, kata-kata dari daftar yang sama yang lebih jarang muncul, dipilih dengan cara yang sama: menurut seberapa sering muncul dalam teks terjemahan film, bukan menurut teks tertentu.',
      en: 'Then less frequent words from the same list, chosen the same way: by how often they appear in film subtitles, not for any particular text.',
    },
  },
  {
    section: 'Derived forms whose meaning is their own',
    title: {id: 'Kata Turunan dengan Arti Sendiri', en: 'Derived Words with a Meaning of Their Own'},
    intro: {
      id: 'Arti kata turunan biasanya dapat ditebak dari akarnya, tetapi tidak selalu. Rupanya bukan sekadar rupa, dan menabung tidak ada hubungannya dengan tabung. Bab ini mencantumkan kata-kata turunan yang sering muncul dan artinya tidak dapat ditebak dari akarnya.',
      en: 'The meaning of a derived word can usually be guessed from its root, but not always. Rupanya is more than rupa, “face”, and menabung, “to save”, has nothing to do with tabung, “tube”. This chapter lists the frequent derived words whose meaning cannot be guessed from their root.',
    },
  },
  {
    section: 'Everyday expressions and particles',
    title: {id: 'Ungkapan dan Partikel Sehari-hari', en: 'Everyday Expressions and Particles'},
    intro: {
      id: 'Lalu ungkapan tetap dari percakapan dan cerita, yang artinya lebih dari jumlah kata-katanya, serta partikel lisan yang punya padanan dalam bahasa Inggris.',
      en: 'Then the fixed expressions of conversation and stories, which mean more than the sum of their words, and the particles of speech that have an English counterpart.',
    },
  },
  {
    section: 'Idioms (ungkapan) and colloquial words',
    title: {id: 'Ungkapan dan Kata Cakapan', en: 'Idioms and Informal Words'},
    intro: {
      id: 'Lalu ungkapan kiasan yang diajarkan di sekolah, seperti panjang tangan dan kepala batu, dan kata-kata ragam cakapan Jakarta yang sering muncul dalam dialog cerita.',
      en: 'Then the figurative idioms taught at school, such as panjang tangan, “light-fingered”, and kepala batu, “stubborn”, and the words of informal Jakarta speech that fill the dialogue of stories.',
    },
  },
  {
    section: 'Further senses translators use',
    title: {id: 'Arti Lain yang Dipakai Penerjemah', en: 'Further Senses Translators Use'},
    intro: {
      id: 'Lalu arti lain dari kata-kata yang sering muncul, yang dipakai penerjemah berita, cerita, esai, tulisan perjalanan, dan dokumentasi perangkat lunak di samping arti pertamanya. Banjir yang menelan korban, misalnya, dalam bahasa Inggris “claimed lives”, bukan “swallowed”.',
      en: 'Then further senses of frequent words, which translators of news, stories, essays, travel writing and software documentation use beside the first meaning. A flood that menelan korban, for instance, “claimed lives” in English; it did not “swallow” them.',
    },
  },
  {
    section: 'Expressions of written Indonesian',
    title: {id: 'Ungkapan Ragam Tulis', en: 'Expressions of Written Indonesian'},
    intro: {
      id: 'Lalu ungkapan tetap dari berita, esai, tulisan perjalanan, dokumentasi perangkat lunak, dan prosa, yang dalam bahasa Inggris tidak diterjemahkan kata demi kata: di sisi lain adalah “on the other hand”, dan warga sipil adalah “civilian”.',
      en: 'Then the fixed expressions of news, essays, travel writing, software documentation and prose that English does not translate word for word: di sisi lain is “on the other hand”, and warga sipil is “civilian”.',
    },
  },
  {
    section: 'Connectives, discourse markers, hedges and stance words',
    title: {id: 'Kata Penghubung dan Penanda Wacana', en: 'Connectives and Discourse Markers'},
    intro: {
      id: 'Lalu kata dan ungkapan yang merangkai tulisan: kata penghubung, penanda wacana, dan kata yang melunakkan atau menegaskan pendapat, dengan terjemahan bebas yang lebih disukai bahasa Inggris. Tak heran, misalnya, sering menjadi “small wonder” atau “it is no surprise”.',
      en: 'Then the words and phrases that hold writing together: connectives, discourse markers, and the words that soften or press an opinion, with the free renderings English prefers. Tak heran, for instance, is often “small wonder” or “it is no surprise”.',
    },
  },
  {
    section: 'The vocabulary of opinion writing',
    title: {id: 'Kosakata Opini', en: 'The Vocabulary of Opinion Writing'},
    intro: {
      id: 'Lalu kosakata kolom opini dan esai: kata benda abstrak, kata kerja perdebatan dan perubahan, serta frasa tetap wacana publik. Ketimpangan, misalnya, bisa “inequality”, “disparity”, atau “gap”.',
      en: 'Then the vocabulary of opinion columns and essays: abstract nouns, verbs of argument and change, and the set phrases of public debate. Ketimpangan, for instance, may be “inequality”, “disparity” or “gap”.',
    },
  },
  {
    section: 'The topics of columns',
    title: {id: 'Topik Kolom', en: 'The Topics of Columns'},
    intro: {
      id: 'Lalu kosakata topik yang sering ditulis kolumnis: pendidikan, kota dan transportasi, lingkungan, kesehatan, pekerjaan, teknologi, dan keluarga. Banjir rob, misalnya, adalah “tidal flooding”.',
      en: 'Then the vocabulary of the topics columnists write about: education, cities and transport, the environment, health, work, technology and family. Banjir rob, for instance, is “tidal flooding”.',
    },
  },
  {
    section: 'Verb–noun collocations',
    title: {id: 'Kolokasi', en: 'Collocations'},
    intro: {
      id: 'Lalu pasangan kata kerja dan kata benda yang dalam bahasa Inggris tidak diterjemahkan kata demi kata: menemui jalan buntu adalah “reach a dead end”, dan mengencangkan ikat pinggang adalah “tighten one’s belt”.',
      en: 'Then the pairings of verb and noun that English does not translate word for word: menemui jalan buntu is “reach a dead end”, and mengencangkan ikat pinggang is “tighten one’s belt”.',
    },
  },
  {
    section: 'Compounds and fixed noun phrases',
    title: {id: 'Kata Majemuk', en: 'Compounds'},
    intro: {
      id: 'Lalu kata majemuk dan frasa benda tetap yang dalam bahasa Inggris menjadi satu kata atau tidak diterjemahkan kata demi kata: kamar mandi adalah “bathroom”, dan air terjun adalah “waterfall”.',
      en: 'Then the compounds and fixed noun phrases that English renders as one word or not word for word: kamar mandi is “bathroom”, and air terjun is “waterfall”.',
    },
  },
  {
    section: 'The vocabulary of narrative prose',
    title: {id: 'Kosakata Prosa', en: 'The Vocabulary of Stories'},
    intro: {
      id: 'Lalu kosakata cerita: cara tokoh memandang, bergerak, berbicara, dan merasa, serta cahaya dan suasana, dengan terjemahan yang dipakai penerjemah sastra. Menghela napas, misalnya, bisa “sigh”, “take a breath”, atau “exhale”.',
      en: 'Then the vocabulary of stories: how characters look, move, speak and feel, and light and atmosphere, with the renderings literary translators use. Menghela napas, for instance, may be “sigh”, “take a breath” or “exhale”.',
    },
  },
  {
    section: 'Everyday scenes of stories',
    title: {id: 'Suasana Sehari-hari dalam Cerita', en: 'Everyday Scenes of Stories'},
    intro: {
      id: 'Lalu kata-kata adegan sehari-hari dalam cerita: pekerjaan rumah dan dapur, kehidupan kampung dan kota, cuaca dan waktu, sakit dan tubuh, serta perasaan antarorang. Mengulek, misalnya, adalah “grind with a pestle”.',
      en: 'Then the words of everyday scenes in stories: chores and the kitchen, village and town life, weather and the times of day, sickness and the body, and feelings between people. Mengulek, for instance, is “grind with a pestle”.',
    },
  },
  {
    section: 'Figurative language of stories',
    title: {id: 'Bahasa Kiasan dalam Cerita', en: 'Figurative Language of Stories'},
    intro: {
      id: 'Lalu perumpamaan dan kiasan cerita: perbandingan dengan se-, ungkapan perasaan dengan anggota tubuh, dan ungkapan emosi yang tetap. Secepat kilat, misalnya, adalah “like lightning” atau “in a flash”.',
      en: 'Then the similes and figures of stories: comparisons with se-, expressions of feeling built on parts of the body, and set expressions of emotion. Secepat kilat, for instance, is “like lightning” or “in a flash”.',
    },
  },
  {
    section: 'Time, sequence and frequency',
    title: {id: 'Waktu dan Urutan', en: 'Time and Sequence'},
    intro: {
      id: 'Lalu kata dan ungkapan waktu, urutan, dan kekerapan dalam cerita dan laporan. Tak lama kemudian, misalnya, bisa “soon after”, “shortly afterwards”, atau “before long”.',
      en: 'Then the words and phrases of time, sequence and frequency in stories and reports. Tak lama kemudian, for instance, may be “soon after”, “shortly afterwards” or “before long”.',
    },
  },
  {
    section: 'Reduplication and manner',
    title: {id: 'Kata Ulang dan Cara', en: 'Reduplication and Manner'},
    intro: {
      id: 'Lalu kata ulang dan keterangan cara: diam-diam, pelan-pelan, mondar-mandir, bolak-balik, dengan terjemahan yang dipakai penerjemah.',
      en: 'Then reduplicated words and adverbs of manner: diam-diam, pelan-pelan, mondar-mandir, bolak-balik, with the renderings translators use.',
    },
  },
  {
    section: 'Informal speech of dialogue and chat',
    title: {id: 'Ragam Cakapan', en: 'Informal Speech'},
    intro: {
      id: 'Lalu ragam cakapan dalam dialog cerita dan obrolan: kata kerja dengan -in dan N-, sapaan, partikel, dan ungkapan sehari-hari. Gimana dong, misalnya, adalah “what should I do”.',
      en: 'Then the informal speech of dialogue and chat: verbs with -in and N-, forms of address, particles and everyday phrases. Gimana dong, for instance, is “what should I do”.',
    },
  },
  {
    section: 'Acronyms and abbreviations',
    title: {id: 'Akronim dan Singkatan', en: 'Acronyms and Abbreviations'},
    intro: {
      id: 'Terakhir, akronim dan singkatan yang sering muncul dalam berita dan kehidupan sehari-hari, dengan nama atau kata bahasa Inggris yang biasa dipakai penerjemah.',
      en: 'Finally, the acronyms and abbreviations of the news and of everyday life, with the English name or word translators usually give them.',
    },
  },
];
