import { addDays, daysBetween } from '../calendar';
import type { DerivedRiskRule } from './derived-risks';
import type { Independence } from './staffing-view';

/**
 * The staffing view's independence indicator: the share of staff in post who are seconded or
 * donor-funded against the threshold, and its verdict. The verdict is taken as the view gives it
 * (it compares exactly; the share shown is rounded), so the register and the view never disagree.
 */
export type IndependenceIndicator = Pick<
  Independence,
  'seconded' | 'donorFunded' | 'staff' | 'sharePercent' | 'thresholdPercent' | 'concern'
>;

export const independenceOverThreshold: DerivedRiskRule<IndependenceIndicator> = (indicator) => {
  const { seconded, donorFunded, staff, sharePercent, thresholdPercent, concern } = indicator;
  if (!concern) return [];
  return [
    {
      code: 'independence-indicator-over-threshold',
      subject: 'staffing:independence',
      category: 'political',
      rating: 'high',
      title: `Secondees and donor-funded staff are ${sharePercent}% of the Secretariat (${seconded + donorFunded} of ${staff}), over the threshold of ${thresholdPercent}%`,
      raisedBy: { seconded, donorFunded, staff, sharePercent, thresholdPercent },
    },
  ];
};

/** The Head's post as the posts view has it; undefined when nobody was ever appointed to it. */
export interface HeadPost {
  readonly today: string;
  readonly post?: {
    readonly status: 'filled' | 'vacant';
    readonly holder?: { readonly startDate: string };
    readonly vacatedAfter?: string;
  };
}

/**
 * The Head is usually the Accounting Officer (docs/rules.md): without one nobody answers for public
 * funds, hence critical. Vacant on a day when nobody holds the post: never appointed, after the last
 * holder's last day, or before a successor's first day.
 */
export const secretariatHeadVacant: DerivedRiskRule<HeadPost> = ({ today, post }) => {
  const holderStarts = post?.status === 'filled' ? post.holder?.startDate : undefined;
  const held =
    (post?.status === 'filled' && holderStarts !== undefined && holderStarts <= today) ||
    (post?.status === 'vacant' && post.vacatedAfter !== undefined && post.vacatedAfter >= today);
  if (held) return [];
  const vacantSince = post?.vacatedAfter === undefined ? null : addDays(post.vacatedAfter, 1);
  return [
    {
      code: 'secretariat-head-vacant',
      subject: 'post:secretariat-head',
      category: 'operational',
      rating: 'critical',
      title:
        vacantSince === null
          ? 'No Secretariat Head has been appointed'
          : `The Secretariat Head post has been vacant since ${vacantSince}`,
      raisedBy: {
        postId: 'secretariat-head',
        vacantSince,
        daysVacant: vacantSince === null ? null : daysBetween(vacantSince, today) + 1,
        successorStarts: holderStarts ?? null,
      },
    },
  ];
};
