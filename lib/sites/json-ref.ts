/**
 * Resolves `{"$ref": "$.a.b[0].c"}` pointer nodes (fastjson's reference form, used by 1688's
 * `window.context`) against the object they came from. A value that Java code shares between two places
 * is written once and pointed at everywhere else, so a reader that ignores the pointers sees holes (the
 * 2026 1688 page keeps its ship-from only behind such a pointer).
 *
 * Pure and never throws. Pointers that cannot be followed (missing target, a cycle, a relative form
 * like `@` or `..`, which only ever point back up the tree, or nesting beyond the depth limit) become
 * null: the data is read, not re-serialised, so a hole is better than an endless structure.
 */

/** Deepest nesting copied; page models are about 20 levels deep, this only stops pathological input. */
export const MAX_REF_DEPTH = 100;
/** Longest chain of pointers followed to locate one target (a pointer whose path passes through pointers). */
const MAX_CHAIN = 32;

type Segment = string | number;

/** A copy of `root` with every `$`-rooted pointer replaced by its (itself resolved) target. */
export function resolveJsonRefs(root: unknown, maxDepth: number = MAX_REF_DEPTH): unknown {
  const resolver = new RefResolver(root, maxDepth);
  return resolver.resolve(root, 0);
}

/** True for a pointer node: an object whose only key is a string `$ref`. */
export function isJsonRef(value: unknown): value is { $ref: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$ref' && typeof (value as { $ref: unknown }).$ref === 'string';
}

/**
 * `$.a.b[0].c`, `$['a']["b"][0]`, `$.list.0` → segments; null when the path is not rooted at `$` or is
 * malformed. Array indices may be written either way because fastjson has used both.
 */
export function parseRefPath(path: string): Segment[] | null {
  const text = path.trim();
  if (!text.startsWith('$')) return null;
  const segments: Segment[] = [];
  let i = 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.') {
      let j = i + 1;
      while (j < text.length && text[j] !== '.' && text[j] !== '[') j++;
      const key = text.slice(i + 1, j);
      if (!key) return null;
      segments.push(key);
      i = j;
    } else if (ch === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) return null;
      const inner = text.slice(i + 1, close).trim();
      const quoted = /^(['"])(.*)\1$/.exec(inner);
      if (quoted) segments.push(quoted[2]!);
      else if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else return null;
      i = close + 1;
    } else {
      return null;
    }
  }
  return segments;
}

class RefResolver {
  /** Targets already resolved without meeting a cycle: shared in the output instead of copied again. */
  private readonly done = new Map<string, unknown>();
  /** Pointer paths being resolved right now (a pointer met again inside its own target is a cycle). */
  private readonly active = new Set<string>();
  /** Counts cuts (cycles, depth) so a result that depended on one is not memoised: it is only right in context. */
  private cuts = 0;

  constructor(
    private readonly root: unknown,
    private readonly maxDepth: number,
  ) {}

  resolve(node: unknown, depth: number): unknown {
    if (depth > this.maxDepth) {
      this.cuts++;
      return null;
    }
    if (isJsonRef(node)) return this.resolveRef(node.$ref, depth);
    if (Array.isArray(node)) return node.map((v) => this.resolve(v, depth + 1));
    if (node && typeof node === 'object') {
      // fromEntries defines own properties, so a key like "__proto__" in page data stays plain data.
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, this.resolve(v, depth + 1)]));
    }
    return node;
  }

  private resolveRef(path: string, depth: number): unknown {
    const key = path.trim();
    if (this.done.has(key)) return this.done.get(key);
    if (this.active.has(key)) {
      this.cuts++;
      return null;
    }
    const target = this.locate(key, 0);
    if (target === undefined) return null;
    const cutsBefore = this.cuts;
    this.active.add(key);
    const value = this.resolve(target, depth + 1);
    this.active.delete(key);
    if (this.cuts === cutsBefore) this.done.set(key, value);
    return value;
  }

  /** The raw node a pointer names, following pointers met on the way; undefined when there is none. */
  private locate(path: string, chain: number): unknown {
    if (chain > MAX_CHAIN) return undefined;
    const segments = parseRefPath(path);
    if (!segments) return undefined;
    let current: unknown = this.root;
    for (const segment of segments) {
      current = this.follow(current, chain);
      if (current === null || typeof current !== 'object') return undefined;
      if (Array.isArray(current)) {
        const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : NaN;
        current = Number.isInteger(index) ? current[index] : undefined;
      } else {
        current = Object.hasOwn(current, String(segment)) ? (current as Record<string, unknown>)[String(segment)] : undefined;
      }
      if (current === undefined) return undefined;
    }
    return this.follow(current, chain);
  }

  private follow(node: unknown, chain: number): unknown {
    return isJsonRef(node) ? this.locate(node.$ref, chain + 1) : node;
  }
}
