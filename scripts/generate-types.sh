#!/usr/bin/env bash
# Regenerates types/generated from the content-type schemas (commit the result).
# Throwaway secrets: type generation loads the app but serves nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
k() { node -e 'console.log(require("crypto").randomBytes(16).toString("base64"))'; }
APP_KEYS="$(k),$(k)" API_TOKEN_SALT=$(k) ADMIN_JWT_SECRET=$(k) JWT_SECRET=$(k) TRANSFER_TOKEN_SALT=$(k) ENCRYPTION_KEY=$(k) \
  DATABASE_FILENAME="${TMPDIR:-/tmp}/mind-desk-typegen.db" npx strapi ts:generate-types "$@"
