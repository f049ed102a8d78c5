/**
 * The path of the first value where two JSON documents differ (`entries[3].payee`), in the claimed
 * document's key order, or undefined when they are equal: it tells an auditor where an edited report
 * and the log part ways.
 */
export function firstDifference(claimed: unknown, derived: unknown, path = ''): string | undefined {
  if (Array.isArray(claimed) && Array.isArray(derived)) {
    for (let i = 0; i < Math.max(claimed.length, derived.length); i++) {
      const found = firstDifference(claimed[i], derived[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isObject(claimed) && isObject(derived) && !Array.isArray(claimed) && !Array.isArray(derived)) {
    const keys = [...new Set([...Object.keys(claimed), ...Object.keys(derived)])];
    for (const key of keys) {
      const found = firstDifference(claimed[key], derived[key], path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return claimed === derived ? undefined : path || '(document)';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
