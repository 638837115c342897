import {expect, test} from 'vitest';
import {boilerplateScore} from './boilerplate';

test.each([
  'Baca juga: Cara mudah menjaga keamanan akun media sosial Anda',
  'Silakan baca konten menarik lainnya dari GenPI.co di Google News',
  'Read more: Five tips to stop your laptop from overheating',
  'Share this article',
  'Advertisement',
  'Editor: Budi Santoso',
  'Follow us on Instagram and Twitter',
  '© 2024 Kompas Cyber Media. All rights reserved.',
  'Artikel ini telah tayang di Kompas.com',
  'Dapatkan update berita pilihan dan breaking news setiap hari',
  '(ant/jpnn)',
  'Story continues below advertisement',
  '(Reporting by Jane Doe; Editing by John Smith)',
])('recognises "%s" as boilerplate', (text) => {
  expect(boilerplateScore(text)).toBe(1);
});

test.each([
  'Share your desktop with other people',
  'Baca petunjuk di layar dengan teliti sebelum menekan tombol Lanjut.',
  'Beijing has so far remained silent.',
  'Read the instructions on the screen carefully.',
])('leaves content such as "%s" alone', (text) => {
  expect(boilerplateScore(text)).toBe(0);
});
