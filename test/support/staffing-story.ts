import { appointmentStream } from '../../domain/appointment/stream';
import { appointStaff, appointToPost, endAppointment, postToFill } from '../../domain/appointment/workflows';
import { contributionStream } from '../../domain/contribution/stream';
import type { Money } from '../../domain/money';
import { postStream } from '../../domain/post/stream';
import { processStream } from '../../domain/process/stream';
import type { Pillar } from '../../events/schemas';
import type { MemoryStore } from './memory-store';

export const units: readonly Pillar[] = [
  'secretarial-services',
  'education-outreach',
  'communications',
  'administration',
];
const subFunction = {
  'secretarial-services': 'research',
  'education-outreach': 'public-participation',
  communications: 'publications',
  administration: 'finance',
} as const;
const usd = (amount: number): Money => ({ amount, currency: 'USD' });

/** A small deterministic generator (mulberry32), so every run builds the same process. */
export function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, int: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)) };
}

export type Random = ReturnType<typeof random>;

/**
 * The staffing side of a generated process, as the HR officer records it: the Head and a deputy per
 * unit at once (each appointment fills its post's stream in the same append), then staff appointed,
 * their contracts extended or ended along the way. Everyone is paid from the government's source,
 * which the generator pledges before staffing.
 */
export function staffing(store: MemoryStore, rng: Random) {
  const { processId } = store;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng.next() * items.length)] as T;
  for (const unit of [undefined, ...units]) {
    const appointmentId = unit ? `deputy-${unit}` : 'head';
    store.run('hr-1', 'hr-officer', (load, at) => {
      const process = load(...processStream(processId));
      const stream = load(...appointmentStream(processId, appointmentId));
      const terms = {
        appointmentId,
        person: { personId: `per-${appointmentId}`, name: `Leader ${appointmentId}` },
        contractType: 'civil-service' as const,
        startDate: at.slice(0, 10),
        endDate: '2027-12-31',
        monthlyCost: usd(9_000_00),
        fundingSourceId: 'government',
        by: 'hr-1',
        at,
      };
      const command = unit
        ? { ...terms, type: 'AppointDeputy' as const, unit }
        : {
            ...terms,
            type: 'AppointSecretariatHead' as const,
            appointingAuthority: { kind: 'cmb-chairperson' as const },
            accountableTo: 'chairperson' as const,
            accountingOfficer: true,
          };
      const postOf = load(...postStream(processId, postToFill(command)));
      const source = load(...contributionStream(processId, 'government'));
      const decision = appointToPost(command, process.state, stream.state, postOf.state, source.state);
      return [
        { stream, events: decision.appointment },
        { stream: postOf, events: decision.post },
      ];
    });
  }
  const staff: string[] = [];
  const appoint = () => {
    const appointmentId = `a-${staff.length + 1}`;
    const unit = pick(units);
    const done = store.run('hr-1', 'hr-officer', (load, at) => {
      const process = load(...processStream(processId));
      const stream = load(...appointmentStream(processId, appointmentId));
      const command = {
        type: 'AppointStaff' as const,
        appointmentId,
        person: { personId: `per-${appointmentId}`, name: `Staff ${appointmentId}` },
        contractType: 'civil-service' as const,
        startDate: at.slice(0, 10),
        endDate: '2027-12-31',
        monthlyCost: usd(4_000_00),
        fundingSourceId: 'government',
        postTitle: 'Officer',
        unit,
        subFunction: subFunction[unit],
        reportsTo: `Deputy, ${unit}`,
        by: 'hr-1',
        at,
      };
      const source = load(...contributionStream(processId, 'government'));
      return [{ stream, events: appointStaff(command, process.state, stream.state, source.state) }];
    });
    if (done) staff.push(appointmentId);
  };
  const staffChange = () => {
    const appointmentId = pick(staff);
    store.run('hr-1', 'hr-officer', (load, at) => {
      const stream = load(...appointmentStream(processId, appointmentId));
      if (rng.next() < 0.7) {
        const command = {
          type: 'ExtendAppointment' as const,
          appointmentId,
          newEndDate: `2028-0${rng.int(1, 9)}-28`,
          by: 'hr-1',
          at,
        };
        return [{ stream, events: stream.decider.decide(command, stream.state) }];
      }
      const ending = {
        type: 'EndAppointment' as const,
        appointmentId,
        reason: 'resigned' as const,
        endDate: at.slice(0, 10),
        by: 'hr-1',
        at,
      };
      const vacant = load(...postStream(processId, 'secretariat-head'));
      const process = load(...processStream(processId));
      return [
        { stream, events: endAppointment(ending, stream.state, vacant.state, process.state).appointment },
      ];
    });
  };
  return { appoint, staffChange };
}
