/**
 * A tiny JSON Schema checker: just the keywords `schema/outcome.v1.json` uses (type, const, enum,
 * required, properties, additionalProperties: false, minimum, minLength, maxLength, allOf, if/then).
 * Returns the problems found, as "path: what"; an unknown keyword is a problem too, so the schema
 * cannot grow past what this checks unnoticed.
 */
type Schema = Record<string, any>;
const KNOWN = new Set(['$schema', '$id', 'title', 'description', 'type', 'const', 'enum', 'required', 'properties', 'additionalProperties', 'minimum', 'minLength', 'maxLength', 'allOf', 'if', 'then']);
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

export function checkSchema(s: Schema, v: any, path = '$'): string[] {
  const out: string[] = [];
  for (const k in s) if (!KNOWN.has(k)) out.push(path + ': schema keyword "' + k + '" is not supported by this checker');
  if (s.type) {
    const types: string[] = [].concat(s.type);
    const t = typeOf(v);
    if (!types.includes(t) && !(t == 'integer' && types.includes('number'))) out.push(path + ': expected ' + types.join('|') + ', got ' + t);
  }
  if ('const' in s && v !== s.const) out.push(path + ': expected ' + JSON.stringify(s.const));
  if (s.enum && !s.enum.includes(v)) out.push(path + ': not one of ' + s.enum.join(', '));
  if (typeof v == 'number' && s.minimum !== undefined && v < s.minimum) out.push(path + ': below ' + s.minimum);
  if (typeof v == 'string' && s.minLength !== undefined && v.length < s.minLength) out.push(path + ': shorter than ' + s.minLength);
  if (typeof v == 'string' && s.maxLength !== undefined && v.length > s.maxLength) out.push(path + ': longer than ' + s.maxLength);
  if (typeOf(v) == 'object') {
    for (const k of s.required || []) if (!(k in v)) out.push(path + '.' + k + ': required');
    for (const k in v)
      if (s.properties && k in s.properties) out.push(...checkSchema(s.properties[k], v[k], path + '.' + k));
      else if (s.additionalProperties === false) out.push(path + '.' + k + ': not allowed');
  }
  for (const sub of s.allOf || []) out.push(...checkSchema(sub, v, path));
  if (s.if && !checkSchema(s.if, v, path).length && s.then) out.push(...checkSchema(s.then, v, path));
  return out;
}
