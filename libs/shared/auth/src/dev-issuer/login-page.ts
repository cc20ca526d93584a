import { DEMO_USERS } from './demo-users';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML: every character that could open markup or leave an attribute is escaped. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The page's policy: no scripts at all, its own inline styles, never framed. */
export const LOGIN_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

const STYLE = `body{font-family:system-ui,sans-serif;background:#f3f5f8;margin:0;padding:24px;color:#1d2733}
main{max-width:420px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px #0002}
h1{font-size:1.25rem;margin:0 0 4px}p{margin:4px 0 16px;color:#4a5868}label{display:block;margin:12px 0 4px;font-weight:600}
select,input,button{font:inherit;width:100%;box-sizing:border-box;padding:10px;border:1px solid #b8c2cc;border-radius:6px}
button{margin-top:20px;background:#b3261e;color:#fff;border:0;font-weight:600;cursor:pointer}
.error{background:#fdecea;color:#8c1d18;padding:10px;border-radius:6px}.dev{font-size:.85rem;color:#6b7785}`;

/**
 * DEV ONLY. The Vietnamese login page of the embedded issuer's browser flow: the demo users of the realm to
 * choose from and the password field (`demo-password`). Everything shown is escaped; the form posts back to the
 * same interaction URL.
 */
export function loginPageHtml(opts: { realm: string; action: string; error?: string; username?: string }): string {
  const options = DEMO_USERS.map(
    (u) =>
      `<option value="${escapeHtml(u.username)}"${u.username === opts.username ? ' selected' : ''}>` +
      `${escapeHtml(u.name)} — ${escapeHtml(u.username)} (${escapeHtml(u.roles.join(', '))})</option>`,
  ).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập — Chỉ số CCHC</title><style>${STYLE}</style></head><body><main>
<h1>Đăng nhập Chỉ số CCHC</h1><p>Tài khoản của realm <strong>${escapeHtml(opts.realm)}</strong></p>
${opts.error ? `<p class="error" role="alert">${escapeHtml(opts.error)}</p>` : ''}
<form method="post" action="${escapeHtml(opts.action)}">
<label for="username">Tài khoản</label><select id="username" name="username">${options}</select>
<label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button></form>
<p class="dev">Máy chủ đăng nhập thử nghiệm (chỉ dùng khi phát triển). Mật khẩu của mọi tài khoản mẫu: demo-password.</p>
</main></body></html>`;
}
