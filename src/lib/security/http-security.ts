/**
 * Configuration of `strapi::security` (helmet) and `strapi::cors`, from the environment
 * (config/middlewares.ts uses these; README "Configuration" lists the variables).
 *
 * Content-Security-Policy, one policy for every path:
 * - scripts only from this server: the admin panel's production build is one module script file
 *   (Strapi relaxes script-src itself for the admin in development/watch mode), the citizens' and
 *   training pages keep their JS in files (public/citizen, public/training);
 * - styles from this server plus inline styles: the admin panel's styled-components inject <style>
 *   elements (our own pages do not need it; their browser tests run under a stricter policy);
 * - images from this server, `data:` and `blob:` (the media library's previews and uploads), and the
 *   Strapi marketplace's images; `CSP_IMG_SOURCES` / `CSP_CONNECT_SOURCES` add origins (e.g. a map
 *   tile server, an upload CDN);
 * - requests (fetch/XHR/WebSocket) to this server only, plus `CSP_CONNECT_SOURCES`;
 * - no plugins (`object-src 'none'`), no foreign forms or <base>, framed only by this origin.
 * HSTS only in production (a development server on http://localhost must not pin HTTPS).
 */
const list = (value: string | undefined) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

export function securityConfig() {
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...list(process.env.CSP_IMG_SOURCES)],
        'media-src': ["'self'", 'data:', 'blob:'],
        // Only this server and the configured origins: an injected script must not be able to post
        // what it reads to any HTTPS host. One string, not a list: strapi::security fills our lists
        // from its defaults index by index (`defaultsDeep`), which would add back its `https:`.
        'connect-src': ["'self'", ...list(process.env.CSP_CONNECT_SOURCES)].join(' '),
        'font-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: isProduction() ? { maxAge: 31536000, includeSubDomains: true } : false,
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'same-origin' },
  };
}

/**
 * CORS: only the origins in `CORS_ORIGINS` (comma-separated, e.g. `https://desk.example.go.th`);
 * empty = no cross-origin browser access at all (the admin panel and our pages are same-origin).
 * Strapi's default would reflect any origin, with credentials.
 */
function corsOrigins(): string[] {
  return list(process.env.CORS_ORIGINS).map((o) => o.replace(/\/+$/, ''));
}

export function corsConfig() {
  return {
    origin: corsOrigins(),
    credentials: true,
    expose: ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining'],
    keepHeadersOnError: false,
  };
}
