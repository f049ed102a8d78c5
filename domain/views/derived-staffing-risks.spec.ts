import { describe, expect, it } from 'vitest';
import { independenceOverThreshold, secretariatHeadVacant } from './derived-staffing-risks';

describe('the independence indicator', () => {
  // 3 secondees and 2 donor-funded of 12 in post: 5 ÷ 12 = 41.67 %, over 40 %
  const indicator = { seconded: 3, donorFunded: 2, staff: 12, sharePercent: 41.67, thresholdPercent: 40 };

  it('raises a risk when the staffing view sees a concern, with its figures', () => {
    expect(independenceOverThreshold({ ...indicator, concern: true })).toEqual([
      {
        code: 'independence-indicator-over-threshold',
        subject: 'staffing:independence',
        category: 'political',
        rating: 'high',
        title:
          'Secondees and donor-funded staff are 41.67% of the Secretariat (5 of 12), over the threshold of 40%',
        raisedBy: indicator,
      },
    ]);
  });

  it('clears when the staffing view sees none', () => {
    // 5 ÷ 12 = 41.67 % against a threshold raised to 45 %
    expect(independenceOverThreshold({ ...indicator, thresholdPercent: 45, concern: false })).toEqual([]);
  });
});

describe('the Secretariat Head post vacant', () => {
  const vacatedAfter = '2026-06-30';

  it('is raised when nobody was ever appointed', () => {
    expect(secretariatHeadVacant({ today: '2026-01-10' })).toEqual([
      {
        code: 'secretariat-head-vacant',
        subject: 'post:secretariat-head',
        category: 'operational',
        rating: 'critical',
        title: 'No Secretariat Head has been appointed',
        raisedBy: { postId: 'secretariat-head', vacantSince: null, daysVacant: null, successorStarts: null },
      },
    ]);
  });

  it('is raised from the day after the last holder’s last day, counting that day as the first', () => {
    // vacant 2026-07-01 to 2026-07-10 inclusive: 10 days
    expect(secretariatHeadVacant({ today: '2026-07-10', post: { status: 'vacant', vacatedAfter } })).toEqual([
      expect.objectContaining({
        title: 'The Secretariat Head post has been vacant since 2026-07-01',
        raisedBy: {
          postId: 'secretariat-head',
          vacantSince: '2026-07-01',
          daysVacant: 10,
          successorStarts: null,
        },
      }),
    ]);
  });

  it('is not raised while the leaving holder is still in post', () => {
    expect(secretariatHeadVacant({ today: '2026-06-30', post: { status: 'vacant', vacatedAfter } })).toEqual(
      [],
    );
  });

  it('stays raised until an appointed successor starts, then clears', () => {
    const successor = { status: 'filled', holder: { startDate: '2026-08-01' }, vacatedAfter } as const;
    expect(secretariatHeadVacant({ today: '2026-07-31', post: successor })).toEqual([
      expect.objectContaining({
        raisedBy: {
          postId: 'secretariat-head',
          vacantSince: '2026-07-01',
          daysVacant: 31,
          successorStarts: '2026-08-01',
        },
      }),
    ]);
    expect(secretariatHeadVacant({ today: '2026-08-01', post: successor })).toEqual([]);
  });
});
