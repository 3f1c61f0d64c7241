import { createHash } from 'node:crypto';

const STYLE = `
body{margin:0;font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f4f5f7;color:#1f2329}
main{max-width:28rem;margin:8vh auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px #0001}
h1{font-size:1.5rem;margin:0 0 1rem}
p{line-height:1.6;margin:0 0 1rem}
.en{color:#646a73;font-size:.9rem}
.error{color:#b42318;font-weight:600}
label{display:block;font-weight:600;margin:1rem 0 .4rem}
input{box-sizing:border-box;width:100%;min-height:3rem;font-size:1.25rem;padding:0 .75rem;border:1px solid #c9cdd4;border-radius:8px}
input[name=code]{letter-spacing:.4em;font-size:1.75rem;font-variant-numeric:tabular-nums}
button{margin-top:1.5rem;width:100%;min-height:3.25rem;font-size:1.2rem;border:0;border-radius:8px;background:#1664ff;color:#fff}
`;

/** The page's own policy: no script at all, its one style block by hash, and the form may post only here. */
export const PAIRING_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * What a browser on the office LAN sees before it is paired (with 401): how to pair, and the form
 * that posts the kiosk's code to /pair. Plain HTML, so it works before the app may load.
 */
export function pairingPage(problem: string | null = null, deviceName = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>案场前台 · 配对此设备</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>此设备尚未配对</h1>
<p>通过办公室局域网使用案场前台,每台设备都要先在前台电脑上配对一次。</p>
<p>请主管在前台电脑上打开「主管 › 局域网设备」,点「配对新设备」,再把屏幕上显示的 6 位配对码填在下面。配对码 10 分钟内有效,只能用一次。</p>
<p class="en">This device is not paired. Ask a supervisor to open Supervisor › LAN devices on the front-desk PC, choose “Pair a new device” and enter the 6-digit code shown there.</p>
${problem ? `<p class="error" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/pair">
<label for="code">配对码 Code</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus>
<label for="name">设备名称 Device name</label>
<input id="name" name="deviceName" maxlength="40" required placeholder="例如:主管办公室电脑" value="${escapeHtml(deviceName)}">
<button type="submit">配对 Pair</button>
</form>
</main>
</body>
</html>
`;
}
