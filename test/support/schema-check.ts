import type { OpenAPIObject } from '@nestjs/swagger';

/** The part of OpenAPI 3.0 schemas that @nestjs/swagger emits for this API. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface SchemaCheck {
  /** Where the value breaks the schema, as `$.items[0].title: expected string, got null`. */
  errors: string[];
  /** Properties the value has but the schema does not document, as `CourseDto.canEdit`. */
  undocumented: string[];
}

const REF = '#/components/schemas/';

/** Follows `$ref`s; returns the schema and the component name it came from, if any. */
export function resolveSchema(doc: OpenAPIObject, schema: Schema): { schema: Schema; name?: string } {
  let name: string | undefined;
  let s = schema;
  for (let hops = 0; s.$ref && hops < 20; hops++) {
    if (!s.$ref.startsWith(REF)) throw new Error(`unsupported $ref ${s.$ref}`);
    name = s.$ref.slice(REF.length);
    const next = doc.components?.schemas?.[name] as Schema | undefined;
    if (!next) throw new Error(`unknown schema ${s.$ref}`);
    s = next;
  }
  return { schema: s, name };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Checks `value` against `schema`: type, properties, required, items, enum, nullable, $ref, allOf/oneOf/anyOf. */
export function checkSchema(
  doc: OpenAPIObject,
  schema: Schema,
  value: unknown,
  path = '$',
  out: SchemaCheck = { errors: [], undocumented: [] },
  label = '$',
): SchemaCheck {
  const { schema: s, name } = resolveSchema(doc, schema);
  const where = name ?? label;
  const fail = (message: string) => out.errors.push(`${path}: ${message}`);

  if (value === null) {
    // OpenAPI 3.0: null only where nullable; an untyped schema allows anything.
    if (!s.nullable && (s.type || s.properties || s.items || s.enum || s.allOf || s.oneOf || s.anyOf))
      fail(`null but ${name ?? s.type ?? 'schema'} is not nullable`);
    return out;
  }
  if (s.allOf) for (const part of s.allOf) checkSchema(doc, part, value, path, out, where);
  for (const alternatives of [s.oneOf, s.anyOf]) {
    if (!alternatives) continue;
    const passing = alternatives.filter((alt) => checkSchema(doc, alt, value, path).errors.length === 0);
    if (!passing.length) fail(`matches none of ${alternatives.length} alternatives`);
  }
  if (s.enum && !s.enum.includes(value)) fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);

  const type = s.type ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
  switch (type) {
    case undefined:
      return out;
    case 'string':
      if (typeof value !== 'string') fail(`expected string, got ${describe(value)}`);
      else if (s.format === 'date-time' && Number.isNaN(Date.parse(value))) fail(`"${value}" is not a date-time`);
      return out;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`expected number, got ${describe(value)}`);
      return out;
    case 'integer':
      if (!Number.isInteger(value)) fail(`expected integer, got ${JSON.stringify(value)}`);
      return out;
    case 'boolean':
      if (typeof value !== 'boolean') fail(`expected boolean, got ${describe(value)}`);
      return out;
    case 'array':
      if (!Array.isArray(value)) fail(`expected array, got ${describe(value)}`);
      else if (s.items)
        value.forEach((item, i) => checkSchema(doc, s.items!, item, `${path}[${i}]`, out, `${where}[]`));
      return out;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        fail(`expected object, got ${describe(value)}`);
        return out;
      }
      const record = value as Record<string, unknown>;
      for (const key of s.required ?? []) if (record[key] === undefined) fail(`missing required property ${key}`);
      if (!s.properties && s.additionalProperties === undefined) {
        if (s.allOf || s.oneOf || s.anyOf) return out; // described by the parts, checked above
        // `{ type: 'object' }` alone: what it holds is not documented (an inline TypeScript type).
        if (Object.keys(record).length) out.undocumented.push(`${where}: object without documented properties`);
        return out;
      }
      const properties = s.properties ?? {};
      for (const [key, v] of Object.entries(record)) {
        const property = properties[key] as Schema | undefined;
        if (property) checkSchema(doc, property, v, `${path}.${key}`, out, `${where}.${key}`);
        else if (typeof s.additionalProperties === 'object')
          checkSchema(doc, s.additionalProperties, v, `${path}.${key}`, out, `${where}.*`);
        else if (s.additionalProperties === false) fail(`property ${key} is not allowed`);
        else out.undocumented.push(`${where}.${key}`);
      }
      return out;
    }
    default:
      fail(`unsupported schema type ${type}`);
      return out;
  }
}
