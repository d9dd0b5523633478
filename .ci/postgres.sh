# shellcheck shell=bash
# PostgreSQL for CI: the persistence tests run a second time against it (assistant/pom.xml, profile
# postgresql-tests, active when ZG_TEST_PG_URL is set). Sourced by .ci/run; installs Debian's
# postgresql when missing, starts the newest cluster, creates the role and database zg_ci, and
# exports ZG_TEST_PG_URL, ZG_TEST_PG_USER and ZG_TEST_PG_PASSWORD. On any failure it says so and
# exports nothing: the tests then run on H2 only.

ci_as_postgres() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}

ci_postgres() {
  local sudo="" ver port
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "ci: installing postgresql for the persistence tests"
    if [ -z "${CI_APT_UPDATED:-}" ]; then
      $sudo apt-get update -qq || return 1
      CI_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql || return 1
  fi
  ver="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$ver main"; then
    $sudo pg_createcluster "$ver" main >/dev/null || return 1
  fi
  if ! $sudo pg_ctlcluster "$ver" main status >/dev/null 2>&1; then
    $sudo pg_ctlcluster "$ver" main start || return 1
  fi
  port="$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')"
  if ! ci_as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'zg_ci'" | grep -q 1; then
    ci_as_postgres psql -q -v ON_ERROR_STOP=1 -p "$port" -c "CREATE ROLE zg_ci LOGIN PASSWORD 'zg-ci'" || return 1
  fi
  if ! ci_as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'zg_ci'" | grep -q 1; then
    ci_as_postgres createdb -p "$port" -O zg_ci zg_ci || return 1
  fi
  export ZG_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/zg_ci"
  export ZG_TEST_PG_USER=zg_ci ZG_TEST_PG_PASSWORD=zg-ci
  echo "ci: PostgreSQL $ver on port $port: the persistence tests run on it too"
}
