import type { Core } from '@strapi/strapi';
import { handOver, readAuthentication, type SessionRow } from './authentication-read';

/**
 * Sign-in sessions of the Content API (users-permissions' refresh mode, config/plugins.ts).
 *
 * The plugin's access tokens are stateless JWTs: ending a session (logout, a password change or
 * reset, DELETE /api/auth/sessions/:id) only stops its refresh token, and the access token would
 * stay valid until it expires. Here the plugin's token check also asks the session store: an access
 * token counts only while its session, or the session its refresh token was rotated into, is alive.
 * An administrator who blocks an account or sets its password in the admin panel ends its sessions too.
 */
const ORIGIN = 'users-permissions';
const SESSION_UID = 'admin::session';
/** Rotations followed at most (one per access-token lifetime: a working day is a few dozen). */
const MAX_HOPS = 200;

function refreshMode(strapi: Core.Strapi): boolean {
  return strapi.config.get<string>('plugin::users-permissions.jwtManagement', 'legacy-support') === 'refresh';
}

/** Whether a session row is open ('open'), ended ('ended') or rotated into its child ('rotated'). */
function stateOf(row: SessionRow | null): 'open' | 'ended' | 'rotated' {
  if (!row || row.origin !== ORIGIN) return 'ended';
  if (row.status === 'active') return new Date(row.expiresAt as string).getTime() > Date.now() ? 'open' : 'ended';
  return row.status === 'rotated' && row.childId ? 'rotated' : 'ended';
}

/** Whether the session an access token names is still open (itself, or rotated into an open one). */
async function sessionIsOpen(strapi: Core.Strapi, first: SessionRow | null): Promise<boolean> {
  let row = first;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const state = stateOf(row);
    if (state !== 'rotated') return state === 'open';
    row = (await strapi.db.query(SESSION_UID).findOne({ where: { sessionId: row!.childId } })) as SessionRow | null;
  }
  return false;
}

/** Ends every Content API session of a user. */
async function endSessionsOf(strapi: Core.Strapi, userId: number | string): Promise<void> {
  if (!refreshMode(strapi)) return;
  await strapi.sessionManager(ORIGIN).invalidateRefreshToken(String(userId));
}

type JwtService = { verify: (token: string) => Promise<{ id?: unknown; sessionId?: unknown }> } & Record<string, unknown>;

/** Called in register(). */
export function registerSessionRevocation(strapi: Core.Strapi): void {
  strapi.get('services').extend('plugin::users-permissions.jwt', (service: JwtService) => {
    const verify = service.verify.bind(service);
    return {
      ...service,
      async verify(token: string) {
        if (!refreshMode(strapi)) return verify(token);
        // The plugin's own check, without its read of the user: the strategy reads the user (with its role)
        // right after, and refuses a token whose user is gone.
        const result = strapi.sessionManager(ORIGIN).validateAccessToken(token);
        if (!result.isValid || result.payload.type !== 'access') throw new Error('Invalid token.');
        const { userId, sessionId } = result.payload;
        if (typeof sessionId !== 'string' || !sessionId) throw new Error('Invalid token.');
        const id = Number(userId) || userId;
        // the session, and what the strategy reads next (the user, its role, settings and permissions), at once
        const read = await readAuthentication(strapi, sessionId, id);
        if (!(await sessionIsOpen(strapi, read.session))) throw new Error('Invalid token.');
        handOver(strapi, id, read);
        return { id, sessionId };
      },
    };
  });

  // Blocking an account or setting its password elsewhere than the auth routes (the admin panel,
  // the plugin's user service) ends its sessions: the old password's holder must not stay signed in.
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.user'],
    async afterUpdate(event) {
      const data = (event.params?.data ?? {}) as { password?: unknown; blocked?: unknown };
      if (data.password === undefined && data.blocked !== true) return;
      const id = (event.result as { id?: number } | undefined)?.id;
      if (id !== undefined) await endSessionsOf(strapi, id);
    },
  });
}
