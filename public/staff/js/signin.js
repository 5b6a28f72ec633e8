/* /staff/ : sign in, then the signed-in role's home (or ?next=, a page of this app). */
import { clearFieldErrors, homeOf, mountShell, session, showFieldErrors, signIn } from './core.js';
import { registerStrings, t } from './i18n.js';

registerStrings({
  th: {
    signInTitle: 'เข้าสู่ระบบ',
    signInHeading: 'เข้าสู่ระบบสำหรับเจ้าหน้าที่',
    identifierLabel: 'อีเมลหรือชื่อผู้ใช้',
    passwordLabel: 'รหัสผ่าน',
    signInSubmit: 'เข้าสู่ระบบ',
    forgotLink: 'ลืมรหัสผ่าน',
    required: 'กรุณากรอกช่องนี้',
    badLogin: 'อีเมล/ชื่อผู้ใช้ หรือรหัสผ่านไม่ถูกต้อง',
    noPages: 'บัญชีนี้ทำงานในระบบผู้ดูแล (admin panel) ไม่มีหน้าในแอปนี้',
    adminLink: 'ไปที่ระบบผู้ดูแล',
    passwordChanged: 'เปลี่ยนรหัสผ่านแล้ว กรุณาเข้าสู่ระบบด้วยรหัสผ่านใหม่',
  },
  en: {
    signInTitle: 'Sign in',
    signInHeading: 'Staff sign-in',
    identifierLabel: 'E-mail or username',
    passwordLabel: 'Password',
    signInSubmit: 'Sign in',
    forgotLink: 'Forgot your password?',
    required: 'Please fill in this field',
    badLogin: 'The e-mail/username or the password is not correct',
    noPages: 'This account works in the admin panel; this app has no pages for it.',
    adminLink: 'Go to the admin panel',
    passwordChanged: 'Your password has been changed. Please sign in with the new one.',
  },
});

/** Only a page of this app, never another origin or path (an open redirect). */
function nextPage() {
  const next = new URLSearchParams(window.location.search).get('next') || '';
  return /^\/staff\/[A-Za-z0-9_\-./]*(\?[^#\s]*)?$/.test(next) && !next.includes('..') && !next.startsWith('/staff//') ? next : null;
}

function go(s) {
  const home = homeOf(s.role.type);
  if (!home) {
    document.getElementById('signin-form').hidden = true;
    document.getElementById('no-pages').hidden = false;
    return;
  }
  window.location.replace(nextPage() || home);
}

const form = document.getElementById('signin-form');
const message = document.getElementById('signin-error');
mountShell({ page: '/staff/' });
if (new URLSearchParams(window.location.search).get('reset') === '1') document.getElementById('signin-notice').textContent = t('passwordChanged');

const existing = session();
if (existing) go(existing);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  message.textContent = '';
  const identifier = form.identifier.value.trim();
  const password = form.password.value;
  const missing = {};
  if (!identifier) missing.identifier = t('required');
  if (!password) missing.password = t('required');
  if (Object.keys(missing).length) {
    showFieldErrors(form, { fields: missing });
    return;
  }
  const button = document.getElementById('signin-submit');
  button.disabled = true;
  const res = await signIn(identifier, password);
  button.disabled = false;
  if (res.ok) return go(res.session);
  message.textContent = res.status === 400 ? t('badLogin') : res.error.message;
  if (res.status === 400) form.password.focus();
});
