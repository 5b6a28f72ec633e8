import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // The test harness boots without the admin bundle; the demo and production serve it.
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  flags: {
    nps: false,
    promoteEE: false,
  },
  // No preview front end: switched off, so the edit view shows no "Set up preview" prompt.
  preview: { enabled: false },
});
