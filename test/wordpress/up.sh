#!/usr/bin/env bash
# Brings up Debian's unmodified WordPress on http://127.0.0.1:$WP_PORT (default 8089) for Moderato's
# real-server tests and bench. Needs root on first run (apt-get, MariaDB). Idempotent: a second run
# reuses what is installed and running. Logs go to stderr; stdout ends with lines to `eval`/`export`:
# WP_URL, WP_USER, WP_APP_PASSWORD, WP_AUTHOR_USER, WP_AUTHOR_APP_PASSWORD, WP_PORT.
# WP_HOST (default 127.0.0.1) gives a second, separate WordPress on another loopback address with
# its own database (the bench runs on 127.0.0.2 so the test suites resetting 127.0.0.1 leave it be);
# use it with its own WP_PORT and MODERATO_WP_STATE.
set -euo pipefail

PORT="${WP_PORT:-8089}"
HOST="${WP_HOST:-127.0.0.1}"
STATE="${MODERATO_WP_STATE:-/var/lib/moderato-wp-test}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DB_NAME=moderato_wp$([ "$HOST" = 127.0.0.1 ] || echo "_${HOST//[^a-z0-9]/_}") DB_USER=moderato_wp DB_PASS=moderato-wp-test-db
URL="http://$HOST:$PORT"
say() { echo "[wp-up] $*" >&2; }
running() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# 1. Debian packages, installed only when missing. apache2 comes along as a hard dependency of
#    wordpress; a temporary policy-rc.d keeps it from starting.
need=()
for pkg in wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server curl; do
  dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qx installed || need+=("$pkg")
done
if [ "${#need[@]}" -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { say "missing packages (${need[*]}) and not root: install them first"; exit 1; }
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
mkdir -p "$STATE" && chmod 700 "$STATE"

# 2. MariaDB: reuse one that answers, else start our own (pidfile in $STATE so down.sh stops only it).
if mariadb-admin ping --silent >/dev/null 2>&1; then
  say "MariaDB already answering"
else
  install -d -o mysql -g mysql /run/mysqld
  [ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >&2
  say "starting MariaDB"
  start-stop-daemon --start --background --make-pidfile --pidfile "$STATE/mariadb.pid" \
    --output "$STATE/mariadb.log" --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
  for _ in $(seq 60); do mariadb-admin ping --silent >/dev/null 2>&1 && break; sleep 0.5; done
  mariadb-admin ping --silent >/dev/null 2>&1 || { say "MariaDB did not start; see $STATE/mariadb.log"; exit 1; }
fi
mariadb <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
SQL

# 3. Debian's wp-config.php loads /etc/wordpress/config-<HTTP_HOST minus port>.php.
cat > "/etc/wordpress/config-$HOST.php" <<PHP
<?php // written by Moderato's test/wordpress/up.sh
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASS');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
define('WP_ENVIRONMENT_TYPE', 'local');   // Application Passwords over plain http
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);   // WordPress may only talk to itself
define('AUTOMATIC_UPDATER_DISABLED', true);
PHP
chmod 640 "/etc/wordpress/config-$HOST.php"

# 4. Install, posts, users, application passwords (PHP CLI, no HTTP needed).
CREDS="$(WP_HOST="$HOST" WP_PORT="$PORT" php "$HERE/setup.php" "$STATE")"

# 5. php -S with the router (4 workers: the server handles parallel requests like a small host;
#    opcache on, as on any production host: php-cli leaves it off by default).
if running "$STATE/php.pid" && curl -fsS -o /dev/null "$URL/wp-json/" 2>/dev/null; then
  say "php -S already running (pid $(cat "$STATE/php.pid"))"
else
  MODERATO_WP_STATE="$STATE" "$HERE/down.sh" php
  say "starting php -S on $URL"
  PHP_CLI_SERVER_WORKERS="${WP_WORKERS:-4}" start-stop-daemon --start --background --make-pidfile \
    --pidfile "$STATE/php.pid" --output "$STATE/php-server.log" --chdir /usr/share/wordpress \
    --exec /usr/bin/php -- -d opcache.enable_cli=1 -d display_errors=0 -d log_errors=1 -d error_log="$STATE/php-errors.log" \
    -S "$HOST:$PORT" -t /usr/share/wordpress "$HERE/router.php"
  for _ in $(seq 50); do curl -fsS -o /dev/null "$URL/wp-json/" 2>/dev/null && break; sleep 0.2; done
fi

# 6. The admin's app password must work over REST before anyone relies on it.
ADMIN_PW="$(sed -n 's/^WP_APP_PASSWORD=//p' <<<"$CREDS")"
code=$(curl -sS -o /dev/null -w '%{http_code}' -u "moderato:$ADMIN_PW" "$URL/wp-json/wp/v2/users/me?context=edit")
[ "$code" = 200 ] || { say "REST auth check failed (HTTP $code); see $STATE/php-server.log"; exit 1; }
say "ready: $URL"
echo "WP_URL=$URL"
echo "WP_PORT=$PORT"
echo "WP_HOST=$HOST"
echo "$CREDS"
