import type { RouteKey } from '../routes';
import type { Access } from './matrix';
import { roles } from './roles';

/**
 * The access matrix as a markdown table: ✓ allowed, blank refused, `own` for a donor limited to its own
 * donor id.
 */
export function markdownTable(matrix: Readonly<Partial<Record<RouteKey, Access>>>): string {
  const header = `| route | ${roles.join(' | ')} |`;
  const rule = `| --- | ${roles.map(() => ':-:').join(' | ')} |`;
  const rows = Object.entries(matrix).map(([key, access]) => {
    const cells = roles.map((role) => {
      if (access === 'public') return 'public';
      if (!access?.includes(role)) return ' ';
      return role === 'donor' ? 'own' : '✓';
    });
    return `| \`${key}\` | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
