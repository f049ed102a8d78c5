import { describe, expect, it } from 'vitest';
import { usd } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import {
  appointmentEnded,
  changeTerms,
  extendAppointment,
  openProcess,
  staffAppointed,
  termsChanged,
} from '../../test/support/staffing-builders';
import { costOn, type RecordedAppointment } from './appointment';
import { appointment } from './decide';
import { changeTermsOf } from './workflows';

const given = specFor(appointment);
const stateOf = (...events: Parameters<typeof appointment.evolve>[1][]) =>
  events.reduce(appointment.evolve, appointment.initialState) as RecordedAppointment;

describe('changing an appointment’s monthly cost from a date', () => {
  it('records the cost it replaces on that day, the new one, the day and the reason', () => {
    given([staffAppointed()])
      .when(changeTerms())
      .then([termsChanged({ changedAt: changeTerms().at })]);
  });

  it('accepts a date ahead, within the contract: a planned raise', () => {
    given([staffAppointed()])
      .when(changeTerms({ effectiveFrom: '2027-06-30' }))
      .then([termsChanged({ effectiveFrom: '2027-06-30', changedAt: changeTerms().at })]);
  });

  it('states as previous the cost in force on the day, after earlier changes', () => {
    given([staffAppointed(), termsChanged()])
      .when(changeTerms({ monthlyCost: usd(7_500_00), effectiveFrom: '2026-10-01' }))
      .then([
        termsChanged({
          previousMonthlyCost: usd(7_000_00),
          monthlyCost: usd(7_500_00),
          effectiveFrom: '2026-10-01',
          changedAt: changeTerms().at,
        }),
      ]);
  });

  it('refuses an appointment never recorded, or ended', () => {
    given([]).when(changeTerms()).thenRefuses('appointment-not-found');
    given([staffAppointed(), appointmentEnded()]).when(changeTerms()).thenRefuses('appointment-ended');
  });

  it('refuses a cost of zero, or in another currency than the appointment’s', () => {
    given([staffAppointed()])
      .when(changeTerms({ monthlyCost: usd(0) }))
      .thenRefuses('monthly-cost-not-positive');
    given([staffAppointed()])
      .when(changeTerms({ monthlyCost: { amount: 7_000_00, currency: 'EUR' } }))
      .thenRefuses('monthly-cost-in-another-currency');
  });

  it('refuses a date before the start or after the end, the end after extensions', () => {
    given([staffAppointed()])
      .when(changeTerms({ effectiveFrom: '2026-01-31' }))
      .thenRefuses('terms-effective-before-start');
    given([staffAppointed()])
      .when(changeTerms({ effectiveFrom: '2027-07-01' }))
      .thenRefuses('terms-effective-after-end');
    const extended = appointment.evolve(stateOf(staffAppointed()), {
      type: 'AppointmentExtended',
      data: {
        appointmentId: 'a-1',
        previousEndDate: '2027-06-30',
        newEndDate: extendAppointment().newEndDate,
        extendedBy: 'hr-1',
        extendedAt: extendAppointment().at,
      },
    });
    expect(appointment.decide(changeTerms({ effectiveFrom: '2027-07-01' }), extended)).toHaveLength(1);
  });

  it('refuses a change that changes nothing: the cost already in force on that day', () => {
    given([staffAppointed()])
      .when(changeTerms({ monthlyCost: usd(6_500_00) }))
      .thenRefuses('terms-unchanged');
    given([staffAppointed(), termsChanged()])
      .when(changeTerms({ effectiveFrom: '2026-08-01' }))
      .thenRefuses('terms-unchanged');
  });

  it('refuses a date before the mandate or in a closed month, whose reports must not change', () => {
    const started = stateOf(staffAppointed({ startDate: '2025-12-01' }));
    expectRefusal(
      () => changeTermsOf(changeTerms({ effectiveFrom: '2025-12-15' }), started, openProcess),
      'date-before-mandate',
    );
    const closed = { ...openProcess, closedMonths: ['2026-07'] } as typeof openProcess;
    expectRefusal(() => changeTermsOf(changeTerms(), stateOf(staffAppointed()), closed), 'period-closed');
    expect(
      changeTermsOf(changeTerms({ effectiveFrom: '2026-08-01' }), stateOf(staffAppointed()), closed),
    ).toHaveLength(1);
  });

  it('keeps the cost history: the appointed cost before the first change, each change from its day', () => {
    const state = stateOf(
      staffAppointed(),
      termsChanged({ monthlyCost: usd(7_500_00), effectiveFrom: '2026-10-01' }),
      termsChanged(),
    );
    expect(state.costChanges).toEqual([
      { effectiveFrom: '2026-07-01', monthlyCost: usd(7_000_00) },
      { effectiveFrom: '2026-10-01', monthlyCost: usd(7_500_00) },
    ]);
    expect(costOn(state, '2026-06-30')).toEqual(usd(6_500_00));
    expect(costOn(state, '2026-07-01')).toEqual(usd(7_000_00));
    expect(costOn(state, '2026-12-31')).toEqual(usd(7_500_00));
    // A second change from the same day replaces the first.
    const corrected = appointment.evolve(state, termsChanged({ monthlyCost: usd(6_900_00) }));
    expect(costOn(corrected as RecordedAppointment, '2026-07-01')).toEqual(usd(6_900_00));
  });
});
