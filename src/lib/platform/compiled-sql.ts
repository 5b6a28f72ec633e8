import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Statements of a hot read path built once with knex and then run with new values (`raw`): building a
 * knex query cost more CPU than running it on the paths that use this. On PostgreSQL they are named
 * statements: knex sends every statement unnamed, so PostgreSQL parses and plans it on every run (the
 * tracking look-up's seven-table join: 0.2–0.3 ms to plan, 0.03 ms to run); a named one is prepared once
 * per connection (node-postgres remembers which names each connection has prepared). The name carries a
 * hash of the text, because node-postgres refuses one name with two texts. Each value is bound, never
 * spliced into the text.
 */
export interface Compiled {
  sql: string;
  bindings: unknown[];
  /** where each parameter goes in `bindings`, in the order `run` takes them */
  at: number[];
  /** PostgreSQL: the statement's name */
  name?: string;
}

/** A marker value for the n-th parameter while compiling. */
export const parameter = (n: number) => `\u0000compiled-parameter-${n}`;

/** Compiles a knex query built with `parameter(0…count-1)` where the per-run values go. */
export function compile(
  strapi: Core.Strapi,
  query: { toSQL(): { sql: string; bindings: readonly unknown[] } },
  label: string,
  count: number,
): Compiled {
  const { sql, bindings } = query.toSQL();
  const at = Array.from({ length: count }, (_, n) => bindings.indexOf(parameter(n)));
  if (at.some((i) => i < 0)) throw new Error(`compiled statement ${label} lost a parameter`);
  const named = strapi.db.dialect.client === 'postgres';
  const name = named ? `mind-${label}-${createHash('sha1').update(sql).digest('hex').slice(0, 12)}` : undefined;
  return { sql, bindings: [...bindings], at, name };
}

/** The statement's bindings with the parameters in their places. */
export function bindingsOf(statement: Compiled, values: readonly unknown[]): unknown[] {
  const bindings = statement.bindings.slice();
  statement.at.forEach((i, n) => (bindings[i] = values[n]));
  return bindings;
}

/**
 * Runs a compiled statement with its parameters (in `trx` when given); the rows, as each driver hands them
 * back from `raw`.
 */
export async function run(
  strapi: Core.Strapi,
  statement: Compiled,
  values: readonly unknown[],
  trx?: Knex.Transaction,
): Promise<Array<Record<string, unknown>>> {
  const raw = (trx ?? strapi.db.connection).raw(statement.sql, bindingsOf(statement, values) as Knex.RawBinding[]);
  // knex hands a query's options to node-postgres with its text and values
  if (statement.name) raw.options({ name: statement.name });
  const result = (await raw) as Array<Record<string, unknown>> | { rows: Array<Record<string, unknown>> };
  return Array.isArray(result) ? result : result.rows;
}
