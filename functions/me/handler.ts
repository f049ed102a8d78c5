import * as z from 'zod';
import { dispatch } from '../commons/dispatch';
import { queryRoute } from '../commons/http';
import { json } from '../commons/responses';

/** The verified token's claims as the rest of the API reads them (functions/commons/identity.ts). */
const getMe = queryRoute({ params: z.strictObject({}) }, async ({ identity }) => {
  const { subject, roles, processes, donorId } = identity;
  return json(200, { subject, roles, processes, ...(donorId === undefined ? {} : { donorId }) });
});

export const handler = dispatch('Me', { getMe });
