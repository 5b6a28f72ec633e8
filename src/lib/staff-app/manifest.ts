import type { DomainManifest } from '../platform/manifest';
import { registerOwnRole } from './own-role';
import { localiseResetEmail } from './setup';

/** The staff web app (public/staff, docs/staff-app.md): its data routes are the other domains'. */
export const staffAppManifest: DomainManifest = {
  name: 'staff-app',
  register: registerOwnRole,
  setup: localiseResetEmail,
};
