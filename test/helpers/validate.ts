// A small JSON Schema check (type, enum, required, additionalProperties,
// items): enough to hold every record the tool writes to the schema it prints.
type Schema = { [k: string]: unknown };

export function validate(value: unknown, schema: Schema, at = '$'): string[] {
  const errors: string[] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
  const ok = types.length === 0 || types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
  if (!ok) return [`${at}: expected ${types.join('|')}, got ${actual}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (actual === 'object' && schema.properties) {
    const props = schema.properties as Record<string, Schema>;
    const obj = value as Record<string, unknown>;
    for (const r of (schema.required as string[] | undefined) ?? []) if (!(r in obj)) errors.push(`${at}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (!(k in props)) { if (schema.additionalProperties === false) errors.push(`${at}.${k}: not in the schema`); continue; }
      errors.push(...validate(v, props[k]!, `${at}.${k}`));
    }
  }
  if (actual === 'array' && schema.items) (value as unknown[]).forEach((v, i) => errors.push(...validate(v, schema.items as Schema, `${at}[${i}]`)));
  return errors;
}
