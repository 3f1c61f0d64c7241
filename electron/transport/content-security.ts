/**
 * The one CSP, sent by both the kiosk's app:// protocol and `serve`'s HTTP responses (and repeated,
 * less frame-ancestors, in renderer/index.html's meta tag): nothing is allowed unless named. Scripts
 * only from our own files — no inline script, no eval. Inline styles stay: the printed documents
 * (srcdoc frames, which inherit this policy) carry their own <style>. Checked directive by directive
 * in tests/unit/content-security.test.ts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentType(path: string): string {
  const dot = path.lastIndexOf('.');
  return TYPES[dot < 0 ? '' : path.slice(dot).toLowerCase()] ?? 'application/octet-stream';
}
