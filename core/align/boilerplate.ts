// Publisher boilerplate (read-also teasers, share and follow prompts, adverts, credits) has no
// counterpart in the other version, so a paragraph that looks like it is cheap to leave unlinked.

const PATTERNS: readonly RegExp[] = [
  // Teasers for other articles.
  /^(?:baca|lihat|simak|tonton|dengarkan|cek) (?:juga|pula|selengkapnya|berita|artikel|video|infografis|foto)\b/,
  /^(?:halaman|page) (?:selanjutnya|berikutnya|next)\b|^(?:next|previous) page\b/,
  /^(?:read|see|watch|listen|also read|read also|more|related|recommended|trending|popular)(?: (?:more|also|next|too|now|this|the full story|article|story|stories|video))?\s*[:|]/,
  /^(?:berita|artikel) (?:terkait|lainnya|pilihan|populer)\b/,
  /^(?:related (?:articles?|stories|news|content)|more (?:stories|news|from)|you (?:may|might) also like)\b/,
  // Prompts to follow, share, subscribe or download.
  /\bgoogle (?:news|berita)\b/,
  /^(?:share|bagikan|sebarkan) (?:this|ini|artikel|berita|on|ke|via|lewat|melalui)\b/,
  /^(?:follow|ikuti|subscribe|berlangganan|sign up|daftar|download|unduh|gabung|join)\b.{0,120}\b(?:us|kami|channel|newsletter|aplikasi|app|whatsapp|telegram|instagram|twitter|facebook|tiktok|youtube|x)\b/,
  /\b(?:whatsapp|telegram) (?:channel|group|grup)\b/,
  /\b(?:klik di ?sini|click here|scroll (?:down )?to continue|gulir (?:ke bawah )?untuk melanjutkan|lanjutkan dengan scroll)\b/,
  /^(?:dapatkan|download|unduh) (?:update|berita|info|informasi|aplikasi|the app|our app)\b/,
  /\bstory continues (?:below|after)\b/,
  // Adverts.
  /^(?:advertisement|advertorial|iklan|sponsored|konten bersponsor|adv|ads?|promoted)\W*$/,
  // Credits and rights.
  /^(?:editor|penulis|reporter|pewarta|redaktur|penyunting|sumber|source|foto|photo|image|gambar|ilustrasi|video|kontributor|contributor|writer|author|translator|penerjemah|credit|kredit)\s*:/,
  /^\((?:reporting|writing|editing|additional reporting) by\b/,
  /^\([a-z]{2,5}(?:\/[a-z]{2,5})*\)$/, // news agency and editor initials: (ant/jpnn)
  /^(?:copyright|hak cipta|©|\(c\))/,
  /\b(?:all rights reserved|hak cipta dilindungi|semua hak dilindungi)\b/,
  /\b(?:artikel ini (?:telah|pertama kali|sudah)? ?(?:tayang|terbit|diterbitkan|dimuat)|this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared))\b/,
  /\b(?:privacy policy|terms of (?:use|service)|kebijakan privasi|syarat dan ketentuan)\b/,
  // Leftover markers.
  /^(?:\(\*\)|\*+|-+|_+|…|\.\.\.|loading\W*|memuat\W*)$/,
];

const MAX_WORDS = 30;

/** 1 when the paragraph looks like publisher boilerplate, 0 otherwise. */
export function boilerplateScore(text: string): number {
  if (text.length > MAX_WORDS * 12) return 0;
  const t = text.trim().toLowerCase();
  if (t.split(/\s+/).length > MAX_WORDS) return 0;
  return PATTERNS.some((p) => p.test(t)) ? 1 : 0;
}
