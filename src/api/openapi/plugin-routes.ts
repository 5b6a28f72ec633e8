import type { RouteDoc } from './registry';

/**
 * The content-API routes of Strapi's plugins (users-permissions, upload, …) that MIND Desk's callers use,
 * and, in one list with a reason each, the plugin routes the document leaves out. A plugin route in
 * neither fails tests/api/openapi.test.ts.
 */
const tag = 'Accounts';
const str = { type: 'string' };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
});
const session = obj({ jwt: str, refreshToken: str, user: obj({ id: { type: 'integer' }, username: str, email: str }) });

export const pluginRouteDocs: Record<string, RouteDoc & { public?: boolean }> = {
  'POST /api/auth/local': {
    tag,
    public: true,
    summary: 'เข้าสู่ระบบ / Sign in (staff app, API users)',
    body: obj({ identifier: str, password: str }, ['identifier', 'password']),
    response: session,
  },
  'POST /api/auth/refresh': {
    tag,
    public: true,
    summary: 'ต่ออายุโทเคน / Renew the access token with the refresh token',
    body: obj({ refreshToken: str }, ['refreshToken']),
    response: session,
  },
  'POST /api/auth/logout': { tag, summary: 'ออกจากระบบ / Sign out (ends the session)' },
  'POST /api/auth/change-password': {
    tag,
    summary: 'เปลี่ยนรหัสผ่าน / Change one’s password',
    body: obj({ currentPassword: str, password: str, passwordConfirmation: str }, ['currentPassword', 'password', 'passwordConfirmation']),
  },
  'POST /api/auth/forgot-password': {
    tag,
    public: true,
    summary: 'ขอลิงก์ตั้งรหัสผ่านใหม่ / Ask for a password reset e-mail',
    body: obj({ email: { type: 'string', format: 'email' } }, ['email']),
  },
  'POST /api/auth/reset-password': {
    tag,
    public: true,
    summary: 'ตั้งรหัสผ่านใหม่ / Reset the password with the e-mailed code',
    body: obj({ code: str, password: str, passwordConfirmation: str }, ['code', 'password', 'passwordConfirmation']),
  },
  'GET /api/auth/sessions': { tag, summary: 'เซสชันของฉัน / My sessions' },
  'DELETE /api/auth/sessions/:sessionId': { tag, summary: 'ยกเลิกเซสชัน / Revoke one of my sessions' },
  'GET /api/users/me': { tag, summary: 'บัญชีของฉันและบทบาท / My account and role' },
  'POST /api/upload': {
    tag: 'Uploads',
    summary: 'อัปโหลดไฟล์ (เจ้าหน้าที่หน่วยงาน) / Upload files (agency officers, for their reports)',
    files: ['files'],
  },
};

const CLOSED = 'closed to every role (tests/security/route-access.ts); administrators work in the admin panel';
const NO_PROVIDERS = 'no third-party sign-in provider is configured';

/** Plugin routes the document leaves out, and why. */
export const EXCLUDED_ROUTES: Record<string, string> = {
  'GET /api/auth/:provider/callback': NO_PROVIDERS,
  'GET /api/connect/(.*)': NO_PROVIDERS,
  'GET /api/auth/email-confirmation': 'accounts are created by administrators, confirmed; no self-registration',
  'POST /api/auth/send-email-confirmation': 'accounts are created by administrators, confirmed; no self-registration',
  'POST /api/auth/local/register': CLOSED,
  'GET /api/users': CLOSED,
  'POST /api/users': CLOSED,
  'GET /api/users/count': CLOSED,
  'GET /api/users/:id': CLOSED,
  'PUT /api/users/:id': CLOSED,
  'DELETE /api/users/:id': CLOSED,
  'GET /api/users-permissions/permissions': CLOSED,
  'GET /api/users-permissions/roles': CLOSED,
  'POST /api/users-permissions/roles': CLOSED,
  'GET /api/users-permissions/roles/:id': CLOSED,
  'PUT /api/users-permissions/roles/:role': CLOSED,
  'DELETE /api/users-permissions/roles/:role': CLOSED,
  'GET /api/content-type-builder/components': CLOSED,
  'GET /api/content-type-builder/components/:uid': CLOSED,
  'GET /api/content-type-builder/content-types': CLOSED,
  'GET /api/content-type-builder/content-types/:uid': CLOSED,
  'POST /api/email': CLOSED,
  'GET /api/i18n/locales': CLOSED,
  'GET /api/upload/files': CLOSED,
  'GET /api/upload/files/page': CLOSED,
  'GET /api/upload/files/:id': CLOSED,
  'DELETE /api/upload/files/:id': CLOSED,
};
