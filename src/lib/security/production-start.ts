import type { Core } from '@strapi/strapi';

/** The address domain of the demo accounts (src/lib/platform/demo-users.ts): their password is in the README. */
const DEMO_DOMAIN = '@demo.mind-desk.local';

/**
 * A production start refuses usable demo accounts: their shared password is public. (The rest of the
 * production settings are checked before the start, by scripts/check-production.js; this one needs
 * the database.) Called in bootstrap.
 */
export async function refuseDemoAccountsInProduction(strapi: Core.Strapi): Promise<void> {
  if (process.env.NODE_ENV !== 'production') return;
  const demo = await strapi.db
    .query('plugin::users-permissions.user')
    .count({ where: { email: { $endsWith: DEMO_DOMAIN }, $or: [{ blocked: false }, { blocked: { $null: true } }] } });
  if (demo > 0) {
    throw new Error(
      `${demo} demo account(s) (*${DEMO_DOMAIN}, published password) can sign in: block or delete them before a production start.`,
    );
  }
}
