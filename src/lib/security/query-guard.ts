/**
 * Rules for the query string of every REST request (`/api/*`), checked before anything reads the
 * database: how big a filter tree, populate tree, sort or page may be, and whether each filter value
 * fits its attribute's type. Pure: the middleware (src/middlewares/query-guard.ts) hands in the
 * parsed query and the content types' schemas and answers a 400 naming the parameter.
 *
 * Why: Strapi accepts any filter tree (a hundred `$containsi` on a long text field stall SQLite,
 * which blocks the event loop), casts filter values only when the query runs (text in a number or
 * date filter was a 500), and its `_q` searches every string column, private ones included.
 */

export interface AttributeInfo {
  type: string;
  target?: string;
  component?: string;
  enum?: readonly string[];
}

export interface ModelInfo {
  attributes: Record<string, AttributeInfo>;
}

/** A content type's or component's schema by uid, or undefined. */
export type ModelLookup = (uid: string) => ModelInfo | undefined;

export interface QueryLimits {
  /** The REST API's largest page (config/api.ts `rest.maxLimit`). */
  maxLimit: number;
  /** Nesting of a filter tree (`filters[a][b][$eq]` is 3). */
  filterDepth: number;
  /** Conditions in the whole query, filters inside populate included (an array of values OR'd counts each). */
  clauses: number;
  /** Elements of one `$and` / `$or`. */
  groupWidth: number;
  /** Conditions on long text fields (text, richtext): each is a scan of every row's text. */
  longTextClauses: number;
  /** Characters of one filter value. */
  valueLength: number;
  /** Values of one `$in` / `$notIn`. */
  listLength: number;
  /** Nesting of populate (`populate[a][populate][b]` is 2). */
  populateDepth: number;
  /** Relations populated in all. */
  populateNodes: number;
  /** Fields sorted on. */
  sortFields: number;
  /** Fields selected, per level. */
  fields: number;
  /** Characters of `_q`. */
  searchLength: number;
  /** Characters of any other parameter of a content type's route (custom lists' free text, e.g. a `q` matched against long text). */
  paramLength: number;
  /** Largest page number and `start` offset. */
  maxPage: number;
  maxStart: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxLimit: 100,
  filterDepth: 8,
  clauses: 30,
  groupWidth: 20,
  longTextClauses: 3,
  valueLength: 200,
  listLength: 100,
  populateDepth: 5,
  populateNodes: 30,
  sortFields: 5,
  fields: 50,
  searchLength: 100,
  paramLength: 1000,
  maxPage: 100_000,
  maxStart: 10_000_000,
};

export interface QueryProblem {
  /** The parameter as the client spelled it, e.g. `filters[id][$eq]`. */
  param: string;
  message: string;
}

const GROUP = ['$and', '$or'];
const WHERE = [
  '$not',
  '$in',
  '$notIn',
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$null',
  '$notNull',
  '$between',
  '$startsWith',
  '$endsWith',
  '$startsWithi',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
];
/** Operators compared as text (SQL LIKE / LOWER): only on text attributes. */
const TEXT_OPS = [
  '$eqi',
  '$nei',
  '$startsWith',
  '$endsWith',
  '$startsWithi',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
];
const LIST_OPS = ['$in', '$notIn', '$between'];
const NULL_OPS = ['$null', '$notNull'];

const STRING_TYPES = ['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password'];
const LONG_TEXT_TYPES = ['text', 'richtext'];
/** Stored as JSON: no condition on their content (only whether they are empty). */
const JSON_TYPES = ['json', 'blocks'];
const NUMBER_TYPES = ['integer', 'float', 'decimal'];

/** Attributes every content type has without declaring them. */
const IMPLICIT: Record<string, AttributeInfo> = { id: { type: 'integer' }, documentId: { type: 'string' } };

const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** qs turns an array longer than its arrayLimit into an object with index keys: the same list. */
const asList = (v: unknown): unknown[] | null => {
  if (Array.isArray(v)) return v;
  if (isPlain(v)) {
    const keys = Object.keys(v);
    if (keys.length && keys.every((k) => /^\d+$/.test(k))) return keys.map((k) => v[k]);
  }
  return null;
};
const BOOLEAN_TEXT = ['true', 'false', 't', 'f', '1', '0'];
const isBooleanish = (v: unknown) => typeof v === 'boolean' || v === 1 || v === 0 || (typeof v === 'string' && BOOLEAN_TEXT.includes(v));

function validDate(y: number, m: number, d: number) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const INT_MAX = 2147483647;
const BIGINT_MAX = 9223372036854775807n;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const TIME = /^(2[0-3]|[01]\d):([0-5]\d):([0-5]\d)(\.\d{1,3})?$/;

/** Why `value` cannot be compared with an attribute of `type` (the database would refuse it), or null. */
export function valueProblem(type: string, value: unknown, attr?: AttributeInfo): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return 'must be a single value';
  const text = String(value).trim();
  if (NUMBER_TYPES.includes(type)) {
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) return 'must be a number';
    // PostgreSQL refuses to compare an integer column with a number out of its range
    if (type === 'integer' && Math.abs(n) > INT_MAX) return `must be between -${INT_MAX} and ${INT_MAX}`;
    return null;
  }
  if (type === 'biginteger') {
    if (!/^[+-]?\d+$/.test(text)) return 'must be a whole number';
    const n = BigInt(text);
    return n > BIGINT_MAX || n < -BIGINT_MAX ? `must be between -${BIGINT_MAX} and ${BIGINT_MAX}` : null;
  }
  if (type === 'boolean') return isBooleanish(value) ? null : 'must be true or false';
  if (type === 'date') {
    const m = DATE.exec(text);
    return m && validDate(+m[1], +m[2], +m[3]) ? null : 'must be a date (YYYY-MM-DD)';
  }
  if (type === 'datetime' || type === 'timestamp') {
    if (/^\d{1,15}$/.test(text)) return null; // milliseconds since 1970, as Strapi reads them
    const m = DATETIME.exec(text);
    const ok =
      m && validDate(+m[1], +m[2], +m[3]) && (m[4] === undefined || (+m[4] < 24 && +m[5] < 60 && (m[6] === undefined || +m[6] < 60)));
    return ok ? null : 'must be a date and time (ISO 8601)';
  }
  if (type === 'time') return TIME.test(text) ? null : 'must be a time (HH:mm:ss)';
  if (type === 'enumeration' && attr?.enum && !attr.enum.includes(String(value))) return `must be one of ${attr.enum.join(', ')}`;
  return null;
}

interface Walk {
  models: ModelLookup;
  limits: QueryLimits;
  problems: QueryProblem[];
  clauses: number;
  longText: number;
  populated: number;
  sorted: number;
}

const bracket = (param: string, key: string | number) => `${param}[${key}]`;

function problem(w: Walk, param: string, message: string) {
  // one problem per parameter is enough to say what is wrong; a hostile tree could name thousands
  if (w.problems.length < 20 && !w.problems.some((p) => p.param === param)) w.problems.push({ param, message });
}

function attributeOf(model: ModelInfo | undefined, key: string): AttributeInfo | undefined {
  if (!model) return undefined;
  return model.attributes[key] ?? IMPLICIT[key];
}

/** One filter tree (a `where`) on `model` (undefined: the route reads no content type we know). */
function walkWhere(w: Walk, node: unknown, model: ModelInfo | undefined, param: string, depth: number): void {
  if (depth > w.limits.filterDepth) return problem(w, param, `is nested deeper than ${w.limits.filterDepth} levels`);
  const list = asList(node);
  if (list) {
    if (list.length > w.limits.groupWidth) return problem(w, param, `has more than ${w.limits.groupWidth} conditions`);
    list.forEach((sub, i) => walkWhere(w, sub, model, bracket(param, i), depth + 1));
    return;
  }
  if (!isPlain(node)) return problem(w, param, 'must be an object of conditions');
  for (const [key, value] of Object.entries(node)) {
    const here = bracket(param, key);
    if (GROUP.includes(key)) {
      const items = asList(value);
      if (!items) {
        problem(w, here, 'must be a list of conditions');
        continue;
      }
      if (items.length > w.limits.groupWidth) {
        problem(w, here, `has more than ${w.limits.groupWidth} conditions`);
        continue;
      }
      items.forEach((sub, i) => walkWhere(w, sub, model, bracket(here, i), depth + 2));
      continue;
    }
    if (key === '$not') {
      walkWhere(w, value, model, here, depth + 1);
      continue;
    }
    if (key.startsWith('$')) {
      problem(w, here, `${key} is not allowed here (only $and, $or and $not combine conditions)`);
      continue;
    }
    if (!model) {
      // a route without a content type: only the size of the tree is judged
      walkConditions(w, value, undefined, here, depth + 1, '$eq');
      continue;
    }
    const attr = attributeOf(model, key);
    if (!attr) {
      problem(w, here, `${key} is not a field that can be filtered on`);
      continue;
    }
    walkAttribute(w, value, attr, here, depth + 1);
  }
}

function walkAttribute(w: Walk, value: unknown, attr: AttributeInfo, param: string, depth: number): void {
  const nestedUid =
    attr.type === 'relation'
      ? attr.target
      : attr.type === 'media'
        ? 'plugin::upload.file'
        : attr.type === 'component'
          ? attr.component
          : undefined;
  if (attr.type === 'relation' || attr.type === 'media' || attr.type === 'component') {
    const target = nestedUid ? w.models(nestedUid) : undefined;
    if (!target) return problem(w, param, 'cannot be filtered on');
    if (isPlain(value) && !asList(value)) {
      const keys = Object.keys(value);
      const ops = keys.filter((k) => k.startsWith('$') && !GROUP.includes(k) && k !== '$not');
      if (ops.length && attr.type !== 'component') {
        // `filters[topic][$in]=…`: conditions on the related record's id
        if (ops.length !== keys.length) return problem(w, param, 'mixes operators with fields');
        return walkConditions(w, value, IMPLICIT.id, param, depth, '$eq');
      }
      return walkWhere(w, value, target, param, depth);
    }
    if (attr.type === 'component') return problem(w, param, 'must be an object of conditions on its fields');
    return walkConditions(w, value, IMPLICIT.id, param, depth, '$eq');
  }
  if (attr.type === 'dynamiczone') return problem(w, param, 'cannot be filtered on');
  if (JSON_TYPES.includes(attr.type)) {
    const ok = isPlain(value) && Object.keys(value).every((k) => NULL_OPS.includes(k));
    if (!ok) return problem(w, param, 'can only be filtered with $null or $notNull');
  }
  walkConditions(w, value, attr, param, depth, '$eq');
}

/** Conditions on one attribute: a value, a list of values, or operators. `attr` undefined: type unknown. */
function walkConditions(w: Walk, value: unknown, attr: AttributeInfo | undefined, param: string, depth: number, op: string): void {
  if (depth > w.limits.filterDepth) return problem(w, param, `is nested deeper than ${w.limits.filterDepth} levels`);
  const list = asList(value);
  if (list) {
    if (LIST_OPS.includes(op)) {
      if (list.length > w.limits.listLength) return problem(w, param, `has more than ${w.limits.listLength} values`);
      if (op === '$between' && list.length !== 2) return problem(w, param, 'must be two values');
      countClause(w, attr, param);
      list.forEach((v, i) => leaf(w, v, attr, bracket(param, i), op));
      return;
    }
    // any other operator with a list: one condition per value, OR'd
    if (list.length > w.limits.groupWidth) return problem(w, param, `has more than ${w.limits.groupWidth} values`);
    list.forEach((v, i) => {
      if (isPlain(v) || Array.isArray(v)) walkConditions(w, v, attr, bracket(param, i), depth + 1, op);
      else {
        countClause(w, attr, bracket(param, i));
        leaf(w, v, attr, bracket(param, i), op);
      }
    });
    return;
  }
  if (isPlain(value)) {
    for (const [key, sub] of Object.entries(value)) {
      const here = bracket(param, key);
      if (!WHERE.includes(key)) {
        problem(w, here, attr ? `${key} is not an operator` : 'is not a condition');
        continue;
      }
      walkConditions(w, sub, attr, here, depth + 1, key === '$not' ? '$eq' : key);
    }
    return;
  }
  if (LIST_OPS.includes(op) && op === '$between') return problem(w, param, 'must be two values');
  countClause(w, attr, param);
  leaf(w, value, attr, param, op);
}

function countClause(w: Walk, attr: AttributeInfo | undefined, param: string) {
  w.clauses++;
  if (w.clauses === w.limits.clauses + 1) problem(w, param, `makes more than ${w.limits.clauses} conditions in the query`);
  if (attr && LONG_TEXT_TYPES.includes(attr.type)) {
    w.longText++;
    if (w.longText === w.limits.longTextClauses + 1)
      problem(w, param, `makes more than ${w.limits.longTextClauses} conditions on long text fields in the query`);
  }
}

function leaf(w: Walk, value: unknown, attr: AttributeInfo | undefined, param: string, op: string) {
  if (value !== null && typeof value === 'object') return problem(w, param, 'must be a single value');
  if (typeof value === 'string' && [...value].length > w.limits.valueLength)
    return problem(w, param, `is longer than ${w.limits.valueLength} characters`);
  if (!attr) return;
  if (NULL_OPS.includes(op)) {
    if (value !== null && !isBooleanish(value)) problem(w, param, 'must be true or false');
    return;
  }
  if (TEXT_OPS.includes(op)) {
    if (!STRING_TYPES.includes(attr.type)) problem(w, param, `${op} compares text; this field is a ${attr.type}`);
    return;
  }
  const why = valueProblem(attr.type, value, attr);
  if (why) problem(w, param, why);
}

/** `populate` in any of Strapi's spellings, on `model` (undefined: not known). */
function walkPopulate(w: Walk, node: unknown, model: ModelInfo | undefined, param: string, depth: number): void {
  if (depth > w.limits.populateDepth) return problem(w, param, `is nested deeper than ${w.limits.populateDepth} levels`);
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number') {
    const text = String(node);
    if (['*', 'true', 'false'].includes(text)) {
      if (text !== 'false') addPopulated(w, param, 1);
      return;
    }
    for (const item of text.split(',')) {
      const parts = item.trim().split('.');
      if (depth + parts.length - 1 > w.limits.populateDepth)
        return problem(w, param, `is nested deeper than ${w.limits.populateDepth} levels`);
      addPopulated(w, param, parts.length);
    }
    return;
  }
  const list = asList(node);
  if (list) {
    list.forEach((item, i) => walkPopulate(w, item, model, bracket(param, i), depth));
    return;
  }
  if (!isPlain(node)) return problem(w, param, 'is not a populate value');
  for (const [key, value] of Object.entries(node)) {
    const here = bracket(param, key);
    const attr = attributeOf(model, key);
    if (model && !attr) {
      problem(w, here, `${key} is not a field`);
      continue;
    }
    const uid =
      attr?.type === 'relation'
        ? attr.target
        : attr?.type === 'media'
          ? 'plugin::upload.file'
          : attr?.type === 'component'
            ? attr.component
            : undefined;
    walkPopulateEntry(w, value, uid ? w.models(uid) : undefined, here, depth);
  }
}

/** What one populated relation asks for: `true`, `*`, or `{ populate, fields, filters, sort, on, count }`. */
function walkPopulateEntry(w: Walk, value: unknown, target: ModelInfo | undefined, param: string, depth: number) {
  if (!isPlain(value)) {
    if (value !== false && value !== 'false') addPopulated(w, param, 1);
    return;
  }
  addPopulated(w, param, 1);
  for (const [key, sub] of Object.entries(value)) {
    const here = bracket(param, key);
    if (key === 'populate') walkPopulate(w, sub, target, here, depth + 1);
    else if (key === 'filters') walkWhere(w, sub, target, here, 1);
    else if (key === 'sort') walkSort(w, sub, here, 1);
    else if (key === 'fields') walkFields(w, sub, here);
    else if (key === 'on') {
      if (!isPlain(sub)) problem(w, here, 'must name components');
      else for (const [uid, entry] of Object.entries(sub)) walkPopulateEntry(w, entry, w.models(uid), bracket(here, uid), depth + 1);
    }
  }
}

function addPopulated(w: Walk, param: string, n: number) {
  const before = w.populated;
  w.populated += n;
  if (before <= w.limits.populateNodes && w.populated > w.limits.populateNodes)
    problem(w, param, `populates more than ${w.limits.populateNodes} relations`);
}

function walkSort(w: Walk, node: unknown, param: string, depth: number): void {
  if (depth > w.limits.populateDepth + 1) return problem(w, param, 'is nested too deep');
  if (typeof node === 'string') {
    const n = node.split(',').filter((s) => s.trim()).length;
    w.sorted += n;
  } else if (asList(node)) {
    asList(node)!.forEach((item, i) => walkSort(w, item, bracket(param, i), depth));
    return;
  } else if (isPlain(node)) {
    for (const [key, sub] of Object.entries(node)) {
      if (isPlain(sub)) walkSort(w, sub, bracket(param, key), depth + 1);
      else w.sorted++;
    }
  } else if (node !== null && node !== undefined) {
    return problem(w, param, 'is not a sort');
  }
  if (w.sorted > w.limits.sortFields) problem(w, param, `sorts on more than ${w.limits.sortFields} fields`);
}

function walkFields(w: Walk, node: unknown, param: string) {
  const list = typeof node === 'string' ? node.split(',') : asList(node);
  if (!list) return problem(w, param, 'must be a list of field names');
  if (list.length > w.limits.fields) problem(w, param, `selects more than ${w.limits.fields} fields`);
  if (list.some((f) => typeof f !== 'string')) problem(w, param, 'must be a list of field names');
}

/** A whole number in [min, max] given as text or number, or why not. */
function wholeNumber(value: unknown, min: number, max: number): string | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !/^[+-]?\d+$/.test(text)) return 'must be a whole number';
  const n = Number(text);
  if (n < min || n > max) return `must be between ${min} and ${max}`;
  return null;
}

function walkPagination(w: Walk, values: Record<string, unknown>, prefix: (k: string) => string) {
  const { maxLimit, maxPage, maxStart } = w.limits;
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const why =
      key === 'page'
        ? wholeNumber(value, 1, maxPage)
        : key === 'pageSize' || key === 'limit'
          ? wholeNumber(value, 1, maxLimit)
          : key === 'start'
            ? wholeNumber(value, 0, maxStart)
            : key === 'withCount'
              ? isBooleanish(value)
                ? null
                : 'must be true or false'
              : null;
    if (why) problem(w, prefix(key), why);
  }
}

/**
 * Everything wrong with a request's query (empty: fine). `uid` is the content type the route reads
 * (filters on it are type-checked), or null for routes of no one content type.
 */
export function checkQuery(
  query: Record<string, unknown>,
  uid: string | null,
  models: ModelLookup,
  limits: QueryLimits = DEFAULT_LIMITS,
): QueryProblem[] {
  const w: Walk = { models, limits, problems: [], clauses: 0, longText: 0, populated: 0, sorted: 0 };
  const model = uid ? models(uid) : undefined;
  if (query.filters !== undefined) walkWhere(w, query.filters, model, 'filters', 1);
  if (query.populate !== undefined) walkPopulate(w, query.populate, model, 'populate', 1);
  if (query.sort !== undefined) walkSort(w, query.sort, 'sort', 1);
  if (query.fields !== undefined) walkFields(w, query.fields, 'fields');
  if (query.pagination !== undefined) {
    if (!isPlain(query.pagination)) problem(w, 'pagination', 'must be an object (pagination[page], pagination[pageSize], …)');
    else walkPagination(w, query.pagination, (k) => `pagination[${k}]`);
  }
  const top: Record<string, unknown> = {};
  for (const k of ['page', 'pageSize', 'start', 'limit']) if (query[k] !== undefined) top[k] = query[k];
  walkPagination(w, top, (k) => k);
  if (query._q !== undefined) {
    if (typeof query._q !== 'string') problem(w, '_q', 'must be text');
    else if ([...query._q].length > limits.searchLength) problem(w, '_q', `is longer than ${limits.searchLength} characters`);
  }
  // a content type's routes read their other parameters as list filters; the rest (e.g. an OAuth
  // callback's tokens) are not searched with
  for (const [key, value] of Object.entries(uid ? query : {})) {
    if (HANDLED.includes(key)) continue;
    const texts = typeof value === 'string' ? [value] : (asList(value) ?? []).filter((v): v is string => typeof v === 'string');
    if (texts.some((t) => [...t].length > limits.paramLength)) problem(w, key, `is longer than ${limits.paramLength} characters`);
  }
  return w.problems;
}

/** The parameters judged above; any other is only judged by its length. */
const HANDLED = ['filters', 'populate', 'sort', 'fields', 'pagination', 'page', 'pageSize', 'start', 'limit', '_q'];
