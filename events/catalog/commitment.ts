import * as z from 'zod';
import { dateSchema, idSchema, storedMoneySchema, textSchema, timestampSchema } from '../schemas';
import type { EventDefinition } from './definition';

export const commitmentEvents = {
  CommitmentRaised: {
    version: 2,
    schema: z.strictObject({
      commitmentId: idSchema,
      lineId: idSchema,
      fundingSourceId: idSchema,
      amount: storedMoneySchema,
      /** A contract or purchase order: what is reserved and with whom. */
      description: textSchema(500),
      supplier: textSchema(200),
      /** The value date: the day the contract or purchase order was raised. */
      raisedOn: dateSchema,
      raisedBy: z.string(),
      raisedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 took no date from the client: raised on the day it was recorded (UTC).
      1: (data) => ({ ...data, raisedOn: String(data.raisedAt).slice(0, 10) }),
    },
  },
  CommitmentReleased: {
    version: 2,
    schema: z.strictObject({
      commitmentId: idSchema,
      amount: storedMoneySchema,
      reason: textSchema(500),
      /** The value date: the day it was released, or consumed by the approval of what pays it. */
      releasedOn: dateSchema,
      releasedBy: z.string(),
      releasedAt: timestampSchema,
    }),
    upcasters: {
      // Version 1 took no date from the client: released on the day it was recorded (UTC).
      1: (data) => ({ ...data, releasedOn: String(data.releasedAt).slice(0, 10) }),
    },
  },
} satisfies Record<string, EventDefinition>;
