// The answer to a request that needs the database while it is unreachable: 503 with a message in
// the interface language, and Retry-After so that clients and load balancers wait a moment.
import en from '../../messages/en.json';
import id from '../../messages/id.json';

const catalogues = {en, id};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An HTML page for a browser, plain text for a server action or a client-side navigation. */
export function unavailableResponse(pathname: string, wantsPage: boolean): Response {
  const locale = pathname.startsWith('/id') && (pathname.length === 3 || pathname[3] === '/') ? 'id' : 'en';
  const {title, body} = catalogues[locale].Unavailable;
  const headers = {'Retry-After': '5', 'Cache-Control': 'no-store'};
  if (!wantsPage)
    return new Response(`${title}. ${body}`, {
      status: 503,
      headers: {...headers, 'Content-Type': 'text/plain; charset=utf-8'},
    });
  const html =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
    `<body><main class="message-page" role="alert"><h1>${escapeHtml(title)}</h1><p lang="${locale}">${escapeHtml(body)}</p>` +
    `<p lang="${locale}"><a href="${escapeHtml(pathname)}">${escapeHtml(catalogues[locale].Unavailable.retry)}</a></p></main></body></html>`;
  return new Response(html, {status: 503, headers: {...headers, 'Content-Type': 'text/html; charset=utf-8'}});
}
