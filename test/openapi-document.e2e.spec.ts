import { createTestApp, type TestApp } from './support/app.js';
import type { Schema } from './support/schema-check.js';

/**
 * Issue #10 item 5 / issue #14 item 3: the OpenAPI document describes every operation
 * completely, so a client generated from it knows what every success answer holds.
 */
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** Success answers without a body. */
const NO_BODY = new Set(['204', '302']);
const REF = '#/components/schemas/';

type Responses = Record<string, { content?: Record<string, { schema?: Schema }> }>;

describe('The OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Where a schema is incomplete: no type, an object without properties, an array without items; follows $refs. */
  function incomplete(schema: Schema, where: string, seen: Set<string>, out: string[]): void {
    if (schema.$ref) {
      if (!schema.$ref.startsWith(REF)) return void out.push(`${where}: unsupported $ref ${schema.$ref}`);
      const name = schema.$ref.slice(REF.length);
      if (seen.has(name)) return;
      seen.add(name);
      const target = t.document.components?.schemas?.[name] as Schema | undefined;
      if (!target) return void out.push(`${where}: unknown schema ${name}`);
      return incomplete(target, name, seen, out);
    }
    const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
    parts.forEach((part, i) => incomplete(part, `${where}<${i}>`, seen, out));
    if (!schema.type) {
      if (!parts.length) out.push(`${where}: no type`);
      return;
    }
    if (schema.type === 'object') {
      if (!schema.properties && schema.additionalProperties === undefined && !parts.length)
        out.push(`${where}: object without properties`);
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        incomplete(property, `${where}.${key}`, seen, out);
      if (typeof schema.additionalProperties === 'object')
        incomplete(schema.additionalProperties, `${where}.*`, seen, out);
    }
    if (schema.type === 'array') {
      if (!schema.items) out.push(`${where}: array without items`);
      else incomplete(schema.items, `${where}[]`, seen, out);
    }
  }

  it('documents a schema for every success response and every property', () => {
    const gaps: string[] = [];
    const seen = new Set<string>();
    let operations = 0;
    for (const [path, item] of Object.entries(t.document.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, { responses?: Responses }>)) {
        if (!METHODS.includes(method)) continue;
        operations++;
        const route = `${method.toUpperCase()} ${path}`;
        // A redirect is the success answer of a browser-facing route (single sign-on).
        const success = Object.entries(op.responses ?? {}).filter(
          ([status]) => /^2\d\d$/.test(status) || status === '302',
        );
        if (!success.length) gaps.push(`${route}: no 2xx (or 302) response`);
        for (const [status, response] of success) {
          if (NO_BODY.has(status)) continue;
          const content = Object.entries(response.content ?? {});
          if (!content.length) gaps.push(`${route} → ${status}: no content`);
          for (const [type, media] of content) {
            if (!media.schema) gaps.push(`${route} → ${status} ${type}: no schema`);
            else incomplete(media.schema, `${route} → ${status} ${type}`, seen, gaps);
          }
        }
      }
    }
    expect(operations).toBeGreaterThan(40);
    expect(gaps).toEqual([]);
  });
});
