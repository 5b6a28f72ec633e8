/* /staff/forgot-password.html and /staff/reset-password.html?code=… (users-permissions' forgot and reset
 * password; the e-mail's link is set at start by src/lib/staff-app/setup.ts). */
import { api, clearFieldErrors, mountShell, showFieldErrors } from './core.js';
import { registerStrings, t } from './i18n.js';

registerStrings({
  th: {
    forgotTitle: 'ลืมรหัสผ่าน',
    forgotHeading: 'ลืมรหัสผ่าน',
    forgotHint: 'กรอกอีเมลของบัญชี ระบบจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปให้',
    emailLabel: 'อีเมล',
    forgotSubmit: 'ส่งลิงก์ตั้งรหัสผ่านใหม่',
    forgotDone: 'ถ้ามีบัญชีที่ใช้อีเมลนี้ ระบบได้ส่งลิงก์ตั้งรหัสผ่านใหม่ไปแล้ว กรุณาตรวจสอบกล่องจดหมาย',
    backToSignIn: 'กลับไปหน้าเข้าสู่ระบบ',
    resetTitle: 'ตั้งรหัสผ่านใหม่',
    resetHeading: 'ตั้งรหัสผ่านใหม่',
    newPasswordLabel: 'รหัสผ่านใหม่',
    passwordHint: 'อย่างน้อย 8 ตัวอักษร',
    confirmLabel: 'ยืนยันรหัสผ่านใหม่',
    resetSubmit: 'บันทึกรหัสผ่านใหม่',
    newLink: 'ขอลิงก์ใหม่',
    required: 'กรุณากรอกช่องนี้',
    badEmail: 'รูปแบบอีเมลไม่ถูกต้อง',
    tooShort: 'รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร',
    mismatch: 'รหัสผ่านทั้งสองช่องไม่ตรงกัน',
    badCode: 'ลิงก์นี้ใช้ไม่ได้หรือถูกใช้ไปแล้ว กรุณาขอลิงก์ใหม่',
  },
  en: {
    forgotTitle: 'Forgot password',
    forgotHeading: 'Forgot your password?',
    forgotHint: "Enter your account's e-mail address and we will send you a link to set a new password.",
    emailLabel: 'E-mail',
    forgotSubmit: 'Send the link',
    forgotDone: 'If an account uses this address, a link to set a new password is on its way. Please check your inbox.',
    backToSignIn: 'Back to sign-in',
    resetTitle: 'Set a new password',
    resetHeading: 'Set a new password',
    newPasswordLabel: 'New password',
    passwordHint: 'At least 8 characters',
    confirmLabel: 'Confirm the new password',
    resetSubmit: 'Save the new password',
    newLink: 'Ask for a new link',
    required: 'Please fill in this field',
    badEmail: 'This is not an e-mail address',
    tooShort: 'The password needs at least 8 characters',
    mismatch: 'The two passwords are not the same',
    badCode: 'This link does not work or has been used. Please ask for a new one.',
  },
});

mountShell({});

const forgot = document.getElementById('forgot-form');
if (forgot) {
  forgot.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(forgot);
    const errorBox = document.getElementById('form-error');
    errorBox.textContent = '';
    const email = forgot.email.value.trim();
    if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      showFieldErrors(forgot, { fields: { email: email ? t('badEmail') : t('required') } });
      return;
    }
    const button = document.getElementById('forgot-submit');
    button.disabled = true;
    const res = await api('/api/auth/forgot-password', { method: 'POST', body: { email }, auth: false });
    button.disabled = false;
    if (!res.ok) {
      if (!showFieldErrors(forgot, res.error)) errorBox.textContent = res.error.message;
      return;
    }
    forgot.hidden = true;
    const done = document.getElementById('form-done');
    done.textContent = t('forgotDone');
    done.focus();
  });
}

const reset = document.getElementById('reset-form');
if (reset) {
  reset.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(reset);
    const errorBox = document.getElementById('form-error');
    errorBox.textContent = '';
    const password = reset.password.value;
    const passwordConfirmation = reset.passwordConfirmation.value;
    const fields = {};
    if (!password) fields.password = t('required');
    else if (password.length < 8) fields.password = t('tooShort');
    if (!passwordConfirmation) fields.passwordConfirmation = t('required');
    else if (password && passwordConfirmation !== password) fields.passwordConfirmation = t('mismatch');
    if (Object.keys(fields).length) {
      showFieldErrors(reset, { fields });
      return;
    }
    const code = new URLSearchParams(window.location.search).get('code') || '';
    const button = document.getElementById('reset-submit');
    button.disabled = true;
    const res = await api('/api/auth/reset-password', { method: 'POST', body: { code, password, passwordConfirmation }, auth: false });
    button.disabled = false;
    if (res.ok) {
      // the reset answers with a new session; this app ends it and asks for a sign-in with the new password
      const b = res.body || {};
      if (b.jwt) {
        await api('/api/auth/logout', {
          method: 'POST',
          body: { refreshToken: b.refreshToken },
          headers: { Authorization: `Bearer ${b.jwt}` },
          auth: false,
        });
      }
      window.location.replace('/staff/?reset=1');
      return;
    }
    if (showFieldErrors(reset, res.error)) return;
    errorBox.textContent = res.status === 400 && /code/i.test(res.error.message || '') ? t('badCode') : res.error.message;
  });
}
