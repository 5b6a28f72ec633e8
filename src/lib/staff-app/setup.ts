import type { Core } from '@strapi/strapi';

/**
 * users-permissions' password-reset e-mail (its link is src/lib/platform/reset-link.ts's) still says
 * "Reset password" in English from no-reply@strapi.io: while it is that default (an administrator's own
 * text is kept), it becomes Thai first, sent from EMAIL_FROM (the email plugin's default sender).
 */
const STRAPI_DEFAULT_FROM = 'no-reply@strapi.io';
const STRAPI_DEFAULT_MESSAGE = 'We heard that you lost your password';

const MESSAGE = `<p>มีคำขอตั้งรหัสผ่านใหม่สำหรับบัญชี MIND Desk ของคุณ</p>
<p>เปิดลิงก์นี้เพื่อตั้งรหัสผ่านใหม่: <a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>ถ้าคุณไม่ได้ขอ ไม่ต้องทำอะไร รหัสผ่านเดิมยังใช้ได้</p>
<hr>
<p>Someone asked to reset the password of your MIND Desk account. Open the link above to set a new one.
If it was not you, do nothing: your password stays as it is.</p>`;

interface EmailOptions {
  from?: { name?: string; email?: string };
  object?: string;
  message?: string;
}

/** Called at start; idempotent. Whether it changed anything. */
export async function localiseResetEmail(strapi: Core.Strapi): Promise<boolean> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const email = ((await store.get({ key: 'email' })) ?? {}) as Record<string, { options?: EmailOptions }>;
  const options = email.reset_password?.options;
  if (!options) return false;
  let changed = false;
  if (options.from?.email === STRAPI_DEFAULT_FROM) {
    // no sender of its own: the email plugin's defaultFrom (EMAIL_FROM)
    options.from = { name: '', email: '' };
    changed = true;
  }
  if (typeof options.message === 'string' && options.message.includes(STRAPI_DEFAULT_MESSAGE)) {
    options.message = MESSAGE;
    options.object = 'ตั้งรหัสผ่านใหม่ MIND Desk / Reset your MIND Desk password';
    changed = true;
  }
  if (changed) await store.set({ key: 'email', value: email });
  return changed;
}
