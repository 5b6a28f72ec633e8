/**
 * Every scheduled job, from the domains' manifests (src/lib/manifests.ts). Kept as the entry point
 * that scripts/jobs.js and scripts/scale-out.js load from the build (dist/src/jobs/index.js).
 */
export { jobs, findJob } from '../lib/manifests';
