import type { Core } from '@strapi/strapi';
import path from 'path';
import { fileMailTransport } from '../src/lib/platform/file-mail-transport';

function emailProviderOptions(env: Core.Config.Shared.ConfigParams['env']) {
  const host = env('SMTP_HOST');
  if (!host) {
    if (env('NODE_ENV') === 'production') {
      throw new Error('SMTP_HOST is not set: production needs an SMTP server (see README, "Configuration").');
    }
    return fileMailTransport(path.resolve(process.cwd(), env('MAIL_DIR', '.tmp/mail')));
  }
  const user = env('SMTP_USER');
  return {
    host,
    port: env.int('SMTP_PORT', 587),
    secure: env.bool('SMTP_SECURE', false),
    auth: user ? { user, pass: env('SMTP_PASS') } : undefined,
    pool: true,
    maxConnections: env.int('SMTP_POOL_SIZE', 5),
    // Loopback test servers use self-signed certificates; real servers are verified.
    tls: { rejectUnauthorized: env.bool('SMTP_TLS_REJECT_UNAUTHORIZED', true) },
    connectionTimeout: env.int('SMTP_TIMEOUT_MS', 15000),
    greetingTimeout: env.int('SMTP_TIMEOUT_MS', 15000),
    socketTimeout: env.int('SMTP_TIMEOUT_MS', 15000),
  };
}

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // Every upload, the admin panel's media library included, is judged by its content (Strapi's
  // MIME detection): these types only, never SVG/HTML/scripts (served from our origin they would run).
  // Our own fields are narrower still: src/lib/security/upload-rules.ts.
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_MAX_BYTES', 50 * 1024 * 1024),
      security: {
        allowedTypes: [
          'image/jpeg',
          'image/png',
          'image/gif',
          'image/webp',
          'application/pdf',
          'application/msword',
          'application/vnd.ms-excel',
          'application/vnd.ms-powerpoint',
          'application/vnd.openxmlformats-officedocument.*',
          'text/plain',
          'text/csv',
          'video/mp4',
          'audio/mpeg',
        ],
        deniedTypes: [
          'image/svg+xml',
          'text/html',
          'application/xhtml+xml',
          'application/xml',
          'text/xml',
          'application/javascript',
          'text/javascript',
          'application/x-msdownload',
          'application/x-sh',
        ],
      },
    },
  },
  // Sessions (users-permissions' refresh mode): logging in opens a session in the database; the
  // access token lives minutes, the refresh token a working day. Logout, a password change or reset
  // end sessions, and src/lib/security/sessions.ts refuses access tokens of an ended session at once.
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwtManagement: 'refresh',
      sessions: {
        accessTokenLifespan: env.int('AUTH_ACCESS_TOKEN_SECONDS', 30 * 60),
        idleRefreshTokenLifespan: env.int('AUTH_SESSION_IDLE_SECONDS', 4 * 3600),
        maxRefreshTokenLifespan: env.int('AUTH_SESSION_MAX_SECONDS', 12 * 3600),
        httpOnly: false,
      },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: emailProviderOptions(env),
      settings: {
        defaultFrom: env('EMAIL_FROM', 'MIND Desk <no-reply@mind-desk.local>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@mind-desk.local')),
      },
    },
  },
});
