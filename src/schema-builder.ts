// A tiny schema builder: each node carries its JSON Schema and, at the type
// level, the TypeScript type it describes. The record is declared once with it
// (src/schema.ts) and the types, the printed JSON Schema, the CSV columns and
// the field docs are all read off that one declaration.

export interface Node<T> {
  readonly json: JsonSchema;
  /** Phantom: never set at run time, only carries the type. */
  readonly __type?: T;
  readonly optional: boolean;
}

export type JsonSchema = { [key: string]: unknown };
export type Infer<N> = N extends Node<infer T> ? T : never;

type Shape = Record<string, Node<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K]['optional'] extends true ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

function node<T>(json: JsonSchema): Node<T> & { optional: false } {
  return { json, optional: false };
}

export function string(description: string): Node<string> & { optional: false } {
  return node({ type: 'string', description });
}

export function number(description: string): Node<number> & { optional: false } {
  return node({ type: 'number', description });
}

export function integer(description: string): Node<number> & { optional: false } {
  return node({ type: 'integer', description });
}

export function boolean(description: string): Node<boolean> & { optional: false } {
  return node({ type: 'boolean', description });
}

export function literal<const V extends readonly string[]>(
  values: V,
  description: string,
): Node<V[number]> & { optional: false } {
  return node({ type: 'string', enum: [...values], description });
}

export function nullable<T>(inner: Node<T>): Node<T | null> & { optional: false } {
  const { type, ...rest } = inner.json;
  return node({ ...rest, type: [type, 'null'] });
}

export function array<T>(items: Node<T>, description: string): Node<T[]> & { optional: false } {
  return node({ type: 'array', items: items.json, description });
}

export function optional<T>(inner: Node<T>): Node<T> & { optional: true } {
  return { json: inner.json, optional: true };
}

export interface ObjectNode<S extends Shape> extends Node<ObjectOf<S>> {
  readonly shape: S;
  readonly optional: false;
}

export function object<S extends Shape>(shape: S, description: string): ObjectNode<S> {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, child] of Object.entries(shape)) {
    properties[key] = child.json;
    if (!child.optional) required.push(key);
  }
  return {
    json: { type: 'object', description, properties, required, additionalProperties: false },
    shape,
    optional: false,
  };
}

/** Field name, type label and description of each property: what the docs and CSV columns list. */
export function describe(shape: Shape): { name: string; type: string; optional: boolean; description: string }[] {
  return Object.entries(shape).map(([name, child]) => ({
    name,
    type: typeLabel(child.json),
    optional: child.optional,
    description: String(child.json.description ?? ''),
  }));
}

function typeLabel(json: JsonSchema): string {
  if (Array.isArray(json.enum)) return json.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (json.type === 'array') return `${typeLabel(json.items as JsonSchema)}[]`;
  if (Array.isArray(json.type)) return json.type.join(' | ');
  return String(json.type);
}
