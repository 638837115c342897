// Paths outside any locale (the proxy normally redirects them): a bilingual plain page.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <h1>Page not found · Halaman tidak ditemukan</h1>
        <p>
          <a href="/">Selaras</a>
        </p>
      </body>
    </html>
  );
}
