import { roles } from '../access/roles';

/**
 * The caller as its token names it: who it is, its roles, processes and donor id, so a page shows only
 * what the person may do. Every role may ask, in no process: it reads the verified token, nothing else.
 */
export const Me = {
  entry: 'functions/me/handler.ts',
  access: 'caller',
  routes: {
    getMe: {
      key: 'GET /me',
      roles,
      summary: 'The caller: its subject, roles, processes and, for a donor, its donor id',
    },
  },
} as const;
