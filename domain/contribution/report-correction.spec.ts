import { describe, expect, it } from 'vitest';
import { pledged } from '../../test/support/builders';
import { expectRefusal, specFor } from '../../test/support/decider-spec';
import { openProcess } from '../../test/support/staffing-builders';
import { evolve, initialState } from './contribution';
import { contribution } from './decide';
import { type CorrectDonorReport, datesAnswered } from './reporting-calendar';
import { correctReportOn } from './workflows';

/** The report for the quarter to 31 March, sent 10 April, was recorded as covering to 30 June. */
const given = specFor(contribution);
const document = { reference: 'EU-Q1-2026', sha256: 'd'.repeat(64) };
const submitted = (periodEnd: string, submittedOn: string) => ({
  type: 'DonorReportSubmitted' as const,
  data: {
    contributionId: 'src-1',
    donorId: 'eu',
    periodEnd,
    submittedOn,
    document,
    submittedBy: 'fo-1',
    submittedAt: `${submittedOn}T09:00:00.000Z`,
  },
});
const correct = (o: Partial<CorrectDonorReport> = {}): CorrectDonorReport => ({
  type: 'CorrectDonorReport',
  recordedPeriodEnd: '2026-06-30',
  periodEnd: '2026-03-31',
  submittedOn: '2026-04-10',
  reason: 'The report covers the first quarter only',
  by: 'fo-1',
  at: '2026-07-20T09:00:00.000Z',
  ...o,
});
const corrected = {
  type: 'DonorReportCorrected' as const,
  data: {
    contributionId: 'src-1',
    donorId: 'eu',
    previous: { periodEnd: '2026-06-30', submittedOn: '2026-07-10' },
    periodEnd: '2026-03-31',
    submittedOn: '2026-04-10',
    reason: 'The report covers the first quarter only',
    correctedBy: 'fo-1',
    correctedAt: '2026-07-20T09:00:00.000Z',
  },
};
const recordedWrong = [pledged(), submitted('2026-06-30', '2026-07-10')];

describe('correcting a donor report', () => {
  it('records the period and day as recorded and as they are, with the reason', () => {
    given(recordedWrong).when(correct()).then([corrected]);
  });

  it('moves the reporting calendar to the corrected period: 30 June is due again', () => {
    const calendar = { firstReportDue: '2026-03-31', reportingFrequency: 'quarterly' as const };
    const before = recordedWrong.reduce(evolve, initialState);
    const after = [...recordedWrong, corrected].reduce(evolve, initialState);
    expect(before).toMatchObject({ lastPeriodEnd: '2026-06-30' });
    expect(after).toMatchObject({ lastPeriodEnd: '2026-03-31' });
    expect(datesAnswered(calendar, after.status === 'pledged' ? after.lastPeriodEnd : null)).toBe(1);
  });

  it('keeps reports in order: not at or before the one before it, nor at or after the one after it', () => {
    const two = [pledged(), submitted('2026-03-31', '2026-04-10'), submitted('2026-06-30', '2026-07-10')];
    given(two)
      .when(correct({ periodEnd: '2026-03-31', submittedOn: '2026-07-10' }))
      .thenRefuses('report-period-out-of-order');
    given(two)
      .when(correct({ recordedPeriodEnd: '2026-03-31', periodEnd: '2026-06-30', submittedOn: '2026-07-10' }))
      .thenRefuses('report-period-out-of-order');
    given(two)
      .when(correct({ recordedPeriodEnd: '2026-03-31', periodEnd: '2026-04-30', submittedOn: '2026-05-04' }))
      .then([
        {
          ...corrected,
          data: {
            ...corrected.data,
            previous: { periodEnd: '2026-03-31', submittedOn: '2026-04-10' },
            periodEnd: '2026-04-30',
            submittedOn: '2026-05-04',
          },
        },
      ]);
  });

  it('is refused for a report never recorded, one changing nothing, or a period not ended when sent', () => {
    given(recordedWrong)
      .when(correct({ recordedPeriodEnd: '2026-09-30' }))
      .thenRefuses('donor-report-not-found');
    given(recordedWrong)
      .when(correct({ periodEnd: '2026-06-30', submittedOn: '2026-07-10' }))
      .thenRefuses('correction-changes-nothing');
    given(recordedWrong)
      .when(correct({ periodEnd: '2026-04-30', submittedOn: '2026-04-10' }))
      .thenRefuses('report-period-not-ended');
  });

  it('dates the day sent on a business date', () => {
    const source = recordedWrong.reduce(evolve, initialState);
    expectRefusal(
      () =>
        correctReportOn(correct({ submittedOn: '2026-07-21', periodEnd: '2026-06-30' }), source, openProcess),
      'date-after-today',
    );
  });
});
