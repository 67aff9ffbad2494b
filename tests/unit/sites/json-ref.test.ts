import { describe, expect, it } from 'vitest';
import { isJsonRef, parseRefPath, resolveJsonRefs } from '../../../lib/sites/json-ref';

describe('parseRefPath', () => {
  it('reads dotted keys, bracket indices, quoted keys and dotted indices', () => {
    expect(parseRefPath('$')).toEqual([]);
    expect(parseRefPath('$.result.global.globalData.model')).toEqual(['result', 'global', 'globalData', 'model']);
    expect(parseRefPath('$.list[0].name')).toEqual(['list', 0, 'name']);
    expect(parseRefPath(`$['a.b']["c"][12]`)).toEqual(['a.b', 'c', 12]);
    expect(parseRefPath('$.list.1')).toEqual(['list', '1']);
  });

  it('refuses paths that are not rooted at $ or are malformed', () => {
    expect(parseRefPath('@')).toBeNull();
    expect(parseRefPath('..')).toBeNull();
    expect(parseRefPath('result.data')).toBeNull();
    expect(parseRefPath('$.a[')).toBeNull();
    expect(parseRefPath('$.a[x]')).toBeNull();
    expect(parseRefPath('$..a')).toBeNull();
  });
});

describe('resolveJsonRefs', () => {
  it('replaces pointers by their targets, also when the target holds pointers itself', () => {
    const root = {
      a: { b: { $ref: '$.c' } },
      c: { d: { $ref: '$.e[1]' }, n: 1 },
      e: [10, { f: 'x' }],
    };
    expect(resolveJsonRefs(root)).toEqual({
      a: { b: { d: { f: 'x' }, n: 1 } },
      c: { d: { f: 'x' }, n: 1 },
      e: [10, { f: 'x' }],
    });
  });

  it('follows pointers met on the way to a target (a path through a pointer)', () => {
    // Shape of the 1688 2026 page: shippingServices.fields.skuWeight points through freightInfo, itself a pointer.
    const root = {
      result: {
        data: {
          shippingServices: {
            fields: {
              freightInfo: { $ref: '$.result.global.model.freightInfo' },
              skuWeight: { $ref: '$.result.data.shippingServices.fields.freightInfo.skuWeight' },
            },
          },
        },
        global: { model: { freightInfo: { location: '浙江省金华市', skuWeight: { '11': 0.1 } } } },
      },
    };
    const out = resolveJsonRefs(root) as typeof root & { result: { data: { shippingServices: { fields: Record<string, unknown> } } } };
    expect(out.result.data.shippingServices.fields).toEqual({
      freightInfo: { location: '浙江省金华市', skuWeight: { '11': 0.1 } },
      skuWeight: { '11': 0.1 },
    });
  });

  it('reads array indices in both notations, pointing into arrays of objects', () => {
    const root = { list: [{ name: 'a' }, { name: 'b' }], first: { $ref: '$.list[0].name' }, second: { $ref: '$.list.1' } };
    expect(resolveJsonRefs(root)).toMatchObject({ first: 'a', second: { name: 'b' } });
  });

  it('cuts cycles instead of looping: a pointer inside its own target, and pointers pointing at each other', () => {
    const root = { a: { self: { $ref: '$.a' }, v: 1 }, p: { $ref: '$.q' }, q: { $ref: '$.p' } };
    const out = resolveJsonRefs(root);
    expect(out).toEqual({ a: { self: { self: null, v: 1 }, v: 1 }, p: null, q: null });
    expect(() => JSON.stringify(out)).not.toThrow();
  });

  it('turns relative (@, ..), missing and malformed pointers into null', () => {
    expect(resolveJsonRefs({ a: { $ref: '@' }, b: { $ref: '..' }, c: { $ref: '$.nope.deeper' }, d: { $ref: '$[' } })).toEqual({
      a: null,
      b: null,
      c: null,
      d: null,
    });
  });

  it('limits the depth instead of overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 5000; i++) deep = { n: deep };
    const out = resolveJsonRefs({ deep }, 50);
    let node: unknown = (out as { deep: unknown }).deep;
    let levels = 0;
    while (node && typeof node === 'object') {
      node = (node as { n: unknown }).n;
      levels++;
    }
    expect(levels).toBeLessThan(60);
    expect(node).toBeNull();
  });

  it('leaves the input untouched, keeps objects with $ref plus other keys, and keeps "__proto__" as data', () => {
    const input = JSON.parse('{"a":{"$ref":"$.b"},"b":{"x":1},"c":{"$ref":"$.b","note":"not a pointer"},"__proto__":{"polluted":true}}');
    const out = resolveJsonRefs(input) as Record<string, unknown>;
    expect(input.a).toEqual({ $ref: '$.b' });
    expect(out.a).toEqual({ x: 1 });
    expect(out.c).toEqual({ $ref: '$.b', note: 'not a pointer' });
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('passes scalars and arrays through', () => {
    expect(resolveJsonRefs(null)).toBeNull();
    expect(resolveJsonRefs('x')).toBe('x');
    expect(resolveJsonRefs([1, { $ref: '$[0]' }])).toEqual([1, 1]);
    expect(isJsonRef({ $ref: '$.a' })).toBe(true);
    expect(isJsonRef({ $ref: 1 })).toBe(false);
  });
});
