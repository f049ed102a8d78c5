import { describe, expect, it } from 'vitest';
import { usd } from '../../../test/support/builders';
import { appointmentEnded, staffAppointed, termsChanged } from '../../../test/support/staffing-builders';
import { appointmentRow } from '../../../test/support/staffing-rows';
import { fundedStaff } from './funded-staff';

describe('the staff a donor funds, on the view’s day', () => {
  const sources = new Set(['c-eu']);
  const consultant = appointmentRow(
    staffAppointed({
      contractType: 'consultant',
      startDate: '2026-02-01',
      endDate: '2026-06-30',
      fundingSourceId: 'c-eu',
    }),
  );

  it('shows a contract whose end date is before the day as ended, though nobody recorded its end', () => {
    expect(fundedStaff([consultant], sources, '2026-07-01')).toEqual([
      expect.objectContaining({
        contractType: 'consultant',
        status: 'ended',
        endDate: '2026-06-30',
        ended: null,
      }),
    ]);
  });

  it('shows it active up to and on its last day', () => {
    expect(fundedStaff([consultant], sources, '2026-06-30')[0]?.status).toBe('active');
  });

  it('shows an appointment ended early as ended after the last day worked, with the reason', () => {
    const resigned = appointmentRow(
      staffAppointed({ fundingSourceId: 'c-eu' }),
      appointmentEnded({ reason: 'resigned', endDate: '2026-03-31' }),
    );
    expect(fundedStaff([resigned], sources, '2026-03-31')[0]?.status).toBe('active');
    expect(fundedStaff([resigned], sources, '2026-04-01')[0]).toMatchObject({
      status: 'ended',
      endDate: '2026-03-31',
      ended: { reason: 'resigned', endDate: '2026-03-31' },
    });
  });

  it('shows the monthly cost in force on the day: a raise entered ahead shows from its date', () => {
    const raised = appointmentRow(staffAppointed({ fundingSourceId: 'c-eu' }), termsChanged());
    expect(fundedStaff([raised], sources, '2026-06-30')[0]?.monthlyCost).toEqual(usd(6_500_00));
    expect(fundedStaff([raised], sources, '2026-07-01')[0]?.monthlyCost).toEqual(usd(7_000_00));
  });
});
