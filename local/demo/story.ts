import { createHash } from 'node:crypto';
import { DemoStepFailed, demoClient, type Post, type Tally } from './client';
import { DEMO_PROCESS, type DemoPeople, demoDonors, type LocalPerson } from './people';

/**
 * The demo `npm start` records: a fictional commission four months into a 21-month mandate, its
 * budget, donors, staff, two months of spending, its plan and its risks. Every date counts from the
 * mandate's first day, itself four months before the day the demo was first recorded (read back from
 * the process afterwards), so a restart sends the very same commands and only replays their answers.
 */

/** How many months into the mandate the demo is recorded, the mandate starting on a first of the month. */
const MONTHS_IN = 4;
const MANDATE_MONTHS = 21;

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const sek = (amount: number) => ({ amount, currency: 'SEK' });
type Money = ReturnType<typeof usd>;

/** A document referenced by its hash, as the API takes it (never the document itself). */
const document = (reference: string) => ({
  reference,
  sha256: createHash('sha256').update(reference).digest('hex'),
});

/** `YYYY-MM-DD` of the day `day` of the month `month` months after the one `start` is in (day 0: the last of the month before). */
function dayOf(start: string, month: number, day: number): string {
  const date = new Date(`${start.slice(0, 7)}-01T00:00:00.000Z`);
  date.setUTCMonth(date.getUTCMonth() + month, day);
  return date.toISOString().slice(0, 10);
}

/** The people the story acts as, by what they do in it. */
interface Cast {
  readonly admin: LocalPerson;
  readonly officer: LocalPerson;
  readonly officer2: LocalPerson;
  readonly approver: LocalPerson;
  readonly hr: LocalPerson;
  readonly head: LocalPerson;
}

/** What a step needs: the cast, a day of the mandate, its own command sender, and the ids earlier steps got. */
interface Scene {
  readonly cast: Cast;
  /** The day `day` of the mandate's month `month` (0 is the mandate's first month). */
  readonly on: (month: number, day: number) => string;
  readonly mandateStart: string;
  readonly post: Post;
  readonly ids: Record<string, string>;
}

interface Step {
  readonly name: string;
  run(scene: Scene): Promise<void>;
}

const units = [
  { unit: 'drafting', name: 'Drafting and research', pillar: 'secretarial-services' },
  { unit: 'civic-education', name: 'Civic education and public participation', pillar: 'education-outreach' },
  { unit: 'communications', name: 'Communications and media', pillar: 'communications' },
  { unit: 'administration', name: 'Administration and finance', pillar: 'administration' },
] as const;

const lines: readonly [string, string, string, string, number][] = [
  ['DR-STAFF', 'drafting', 'Drafting and research staff', 'staff-and-other-personnel', 420_000_00],
  ['DR-EXPERTS', 'drafting', 'Comparative constitutional studies', 'contractual-services', 180_000_00],
  [
    'DR-RESEARCH',
    'drafting',
    'Research, translation and library',
    'general-operating-and-direct-costs',
    60_000_00,
  ],
  ['CE-STAFF', 'civic-education', 'Civic education staff', 'staff-and-other-personnel', 160_000_00],
  ['CE-HEARINGS', 'civic-education', 'Public hearings in every district', 'travel', 350_000_00],
  [
    'CE-MATERIALS',
    'civic-education',
    'Civic education materials',
    'supplies-commodities-materials',
    90_000_00,
  ],
  ['CE-GRANTS', 'civic-education', 'Grants to civil society forums', 'transfers-and-grants', 150_000_00],
  ['CM-STAFF', 'communications', 'Communications staff', 'staff-and-other-personnel', 90_000_00],
  ['CM-MEDIA', 'communications', 'Radio, television and print', 'contractual-services', 120_000_00],
  ['AD-STAFF', 'administration', 'Administration and finance staff', 'staff-and-other-personnel', 140_000_00],
  [
    'AD-OFFICE',
    'administration',
    'Office rent and running costs',
    'general-operating-and-direct-costs',
    110_000_00,
  ],
  ['AD-VEHICLES', 'administration', 'Field vehicles', 'equipment-vehicles-furniture', 75_000_00],
];

const openProcess: Step = {
  name: 'open-process',
  async run({ cast, post, mandateStart, on }) {
    await post(cast.admin, 'open', '', {
      name: 'Constitution Review Commission of Veldmark',
      // The commission is fictional; the API takes a real ISO 3166 code, the one of the examples.
      country: 'KE',
      mandateStart,
      mandateEnd: on(MANDATE_MONTHS, 0),
      budgetCurrency: 'USD',
      reviewCadenceMonths: 3,
      units,
    });
  },
};

const adoptBudget: Step = {
  name: 'adopt-budget',
  async run({ cast, post, on }) {
    await post(cast.approver, 'adopt', '/budget/adoptions', {
      lines: lines.map(([lineId, unit, activity, costCategory, amount]) => ({
        lineId,
        unit,
        activity,
        costCategory,
        amount: usd(amount),
      })),
      adoptedOn: on(0, 5),
    });
  },
};

/** UN operational rates of exchange, published for the first of each month. */
const rates = {
  EUR: ['1.0842', '1.0795', '1.0861', '1.0917'],
  SEK: ['0.0921', '0.0934', '0.0928', '0.0940'],
};

const recordRates: Step = {
  name: 'exchange-rates',
  async run({ cast, post, on }) {
    // A pair's rates in order (each is checked against the last), the pairs side by side.
    await all(Object.entries(rates), async ([base, monthly]) => {
      for (const [month, rate] of monthly.entries())
        await post(cast.officer, `${base}-${month}`, '/exchange-rates', {
          base,
          quote: 'USD',
          rate,
          date: on(month, 1),
          source: 'UN operational rate of exchange',
        });
    });
  },
};

const pledges: Step = {
  name: 'pledges',
  async run({ cast, post, on, ids }) {
    const pledge = async (label: string, body: Record<string, unknown>) => {
      ids[label] = (await post(cast.officer, label, '/contributions', body)).contributionId as string;
    };
    const government = pledge('government', {
      donorId: 'government',
      donorName: 'Ministry of Finance of Veldmark',
      amount: usd(900_000_00),
      modality: 'government-budget',
      reportingFrequency: 'annual',
      firstReportDue: on(13, 0),
    });
    // The EU pays only for the hearings, the materials, the grants and the media.
    const eu = pledge('eu', {
      ...demoDonors.eu,
      amount: eur(700_000_00),
      modality: 'basket-fund',
      restrictions: { units: [], lineIds: ['CE-HEARINGS', 'CE-MATERIALS', 'CE-GRANTS', 'CM-MEDIA'] },
      reportingFrequency: 'quarterly',
      firstReportDue: on(3, 15),
    });
    const sida = pledge('sida', {
      ...demoDonors.sida,
      amount: sek(4_000_000_00),
      modality: 'direct',
      reportingFrequency: 'semi-annual',
      firstReportDue: on(6, 0),
    });
    await Promise.all([government, eu, sida]);
  },
};

const tranches: Step = {
  name: 'tranches',
  async run({ cast, post, on, ids }) {
    const receive = (label: string, source: string, amount: Money, receivedOn: string, rateDate?: string) =>
      post(cast.officer, label, `/contributions/${ids[source]}/tranches`, {
        amount,
        receivedOn,
        ...(rateDate ? { rateDate } : {}),
      });
    await Promise.all([
      receive('government-1', 'government', usd(300_000_00), on(0, 10)).then(() =>
        receive('government-2', 'government', usd(150_000_00), on(3, 10)),
      ),
      receive('eu-1', 'eu', eur(250_000_00), on(1, 12), on(1, 1)),
      receive('sida-1', 'sida', sek(2_000_000_00), on(1, 20), on(1, 1)),
    ]);
  },
};

/** Terms every appointment states; each caller adds the post's own. */
const terms = (
  personId: string,
  name: string,
  contractType: 'civil-service' | 'consultant' | 'donor-funded',
  monthly: number,
  fundingSourceId: string,
  lineId: string,
  startDate: string,
  endDate: string,
) => ({
  person: { personId, name },
  contractType,
  startDate,
  endDate,
  monthlyCost: usd(monthly),
  fundingSourceId,
  lineId,
});

const leadershipPosts: Step = {
  name: 'leadership-posts',
  async run({ cast, post, on, ids }) {
    const end = on(MANDATE_MONTHS, 0);
    const head = post(cast.hr, 'head', '/appointments/secretariat-head', {
      ...terms(
        'p-001',
        cast.head.name,
        'civil-service',
        9_500_00,
        ids.government ?? '',
        'AD-STAFF',
        on(0, 1),
        end,
      ),
      appointingAuthority: { kind: 'cmb-law-or-decree', description: 'Constitution Review Act, section 14' },
      accountableTo: 'chairperson',
      accountingOfficer: true,
    });
    const deputies = [
      ['drafting', 'p-002', 'Daniel Nkemelu', 'DR-STAFF'],
      ['communications', 'p-004', 'Sofia Almeida', 'CM-STAFF'],
      ['administration', 'p-005', 'Hassan Farouk', 'AD-STAFF'],
    ] as const;
    const civilService = all(deputies, ([unit, personId, name, lineId]) =>
      post(cast.hr, `deputy-${unit}`, '/appointments/deputies', {
        ...terms(personId, name, 'civil-service', 7_200_00, ids.government ?? '', lineId, on(0, 15), end),
        unit,
      }),
    );
    // Sweden pays the deputy for civic education, who reports to Sida as well.
    const donorFunded = post(cast.hr, 'deputy-civic-education', '/appointments/deputies', {
      ...terms('p-003', 'Mariam Yusuf', 'donor-funded', 7_200_00, ids.sida ?? '', 'CE-STAFF', on(1, 1), end),
      donorReportingLine: { donorId: demoDonors.sida.donorId, reportsTo: 'Programme officer, Sida' },
      unit: 'civic-education',
    });
    await Promise.all([head, civilService, donorFunded]);
  },
};

const staff: Step = {
  name: 'staff',
  async run({ cast, post, on, ids }) {
    const government = ids.government ?? '';
    const sida = ids.sida ?? '';
    const appointees = [
      [
        terms(
          'p-010',
          'Irene Castellanos',
          'consultant',
          8_000_00,
          government,
          'DR-STAFF',
          on(1, 1),
          on(9, 0),
        ),
        'Constitutional law adviser',
        'drafting',
        'legal',
        'Deputy Head, Drafting and research',
      ],
      [
        terms(
          'p-011',
          'Kwame Asante',
          'civil-service',
          3_400_00,
          government,
          'DR-STAFF',
          on(1, 1),
          on(MANDATE_MONTHS, 0),
        ),
        'Research officer',
        'drafting',
        'research',
        'Deputy Head, Drafting and research',
      ],
      [
        {
          ...terms(
            'p-012',
            'Lucía Fernández',
            'donor-funded',
            4_100_00,
            sida,
            'CE-STAFF',
            on(2, 1),
            on(14, 0),
          ),
          donorReportingLine: { donorId: demoDonors.sida.donorId, reportsTo: 'Programme officer, Sida' },
        },
        'Public participation officer',
        'civic-education',
        'public-participation',
        'Deputy Head, Civic education',
      ],
      [
        terms('p-013', 'Ahmed Rahimi', 'consultant', 5_500_00, government, 'CM-STAFF', on(2, 1), on(8, 0)),
        'Media strategist',
        'communications',
        'media-liaison',
        'Deputy Head, Communications',
      ],
      [
        terms(
          'p-014',
          'Nadia Petrova',
          'civil-service',
          3_800_00,
          government,
          'AD-STAFF',
          on(0, 15),
          on(MANDATE_MONTHS, 0),
        ),
        'Accountant',
        'administration',
        'finance',
        'Deputy Head, Administration and finance',
      ],
    ] as const;
    await all(appointees, ([appointment, postTitle, unit, subFunction, reportsTo]) =>
      post(cast.hr, appointment.person.personId, '/appointments', {
        ...appointment,
        postTitle,
        unit,
        subFunction,
        reportsTo,
      }),
    );
  },
};

const secondments: Step = {
  name: 'secondments',
  async run({ cast, post, on, ids }) {
    const second = (
      label: string,
      name: string,
      homeInstitution: string,
      postTitle: string,
      salary: object,
    ) =>
      post(cast.hr, label, '/secondments', {
        person: { personId: label, name },
        homeInstitution,
        postTitle,
        unit: 'drafting',
        startDate: on(1, 1),
        endDate: on(13, 0),
        salary,
        reportingLinesToHome: `Monthly note to the Permanent Secretary, ${homeInstitution}`,
      });
    await Promise.all([
      second('p-020', 'Peter Mwangi', 'Ministry of Justice', 'Legal researcher', {
        borneBy: 'home-institution',
      }),
      second('p-021', 'Ana Ribeiro', 'National Statistics Office', 'Data analyst', {
        borneBy: 'shared',
        processSharePercent: 50,
        monthlyCost: usd(3_000_00),
        fundingSourceId: ids.government,
        lineId: 'DR-STAFF',
      }),
      second('p-022', 'Yusuf Demir', 'Office of the Attorney General', 'Legislative drafter', {
        borneBy: 'process-budget',
        monthlyCost: usd(4_200_00),
        fundingSourceId: ids.government,
        lineId: 'DR-STAFF',
      }),
    ]);
  },
};

/** A disbursement requested by an officer on a day of a month of the mandate. */
interface Request {
  readonly label: string;
  readonly lineId: string;
  readonly source: 'government' | 'eu' | 'sida';
  readonly amount: Money;
  readonly payee: string;
  readonly purpose: string;
  readonly month: number;
  readonly requestedOn: number;
}

/** A disbursement requested, approved and paid in its month, on these days. */
interface Payment extends Request {
  readonly approvedOn: number;
  readonly paidOn: number;
}

/** Requests a disbursement as an officer; answers its id. */
async function request({ post, on, ids }: Scene, officer: LocalPerson, asked: Request): Promise<string> {
  const { label, lineId, source, amount, payee, purpose, month, requestedOn } = asked;
  const requested = await post(officer, `${label}-request`, '/disbursements', {
    lineId,
    fundingSourceId: ids[source],
    amount,
    // A payment in a donor's currency is converted at the month's rate.
    ...(amount.currency === 'USD' ? {} : { rateDate: on(month, 1) }),
    payee,
    purpose,
    supportingDocument: document(`INV-${label.toUpperCase()}`),
    requestedOn: on(month, requestedOn),
  });
  ids[label] = requested.disbursementId as string;
  return ids[label];
}

/** Requested by the finance officer, approved by the approver, paid by the officer: maker and checker apart. */
async function pay(scene: Scene, payment: Payment): Promise<void> {
  const { cast, post, on } = scene;
  const { label, month } = payment;
  const id = await request(scene, cast.officer, payment);
  await post(cast.approver, `${label}-approve`, `/disbursements/${id}/approve`, {
    approvedOn: on(month, payment.approvedOn),
  });
  await post(cast.officer, `${label}-pay`, `/disbursements/${id}/pay`, {
    paymentReference: `EFT-${label.toUpperCase()}`,
    paidOn: on(month, payment.paidOn),
  });
}

const rent = (label: string, month: number): Payment => ({
  label,
  lineId: 'AD-OFFICE',
  source: 'government',
  amount: usd(6_200_00),
  payee: 'Harbour View Properties',
  purpose: 'Office rent for the month',
  month,
  requestedOn: 2,
  approvedOn: 3,
  paidOn: 4,
});

/** Two months of spending, the third and fourth of the mandate. */
const payments: readonly Payment[] = [
  rent('rent-1', 2),
  {
    label: 'hearings-north',
    lineId: 'CE-HEARINGS',
    source: 'eu',
    amount: eur(18_500_00),
    payee: 'Savanna Conference Centre',
    purpose: 'Northern region hearings: venues and transport',
    month: 2,
    requestedOn: 3,
    approvedOn: 5,
    paidOn: 9,
  },
  {
    label: 'study-1',
    lineId: 'DR-EXPERTS',
    source: 'government',
    amount: usd(24_000_00),
    payee: 'Institute for Constitutional Studies',
    purpose: 'Comparative study, first instalment',
    month: 2,
    requestedOn: 6,
    approvedOn: 8,
    paidOn: 14,
  },
  {
    label: 'radio-1',
    lineId: 'CM-MEDIA',
    source: 'eu',
    amount: eur(9_800_00),
    payee: 'Community Radio Network',
    purpose: 'Radio spots on the hearings calendar',
    month: 2,
    requestedOn: 10,
    approvedOn: 12,
    paidOn: 17,
  },
  {
    label: 'vehicles',
    lineId: 'AD-VEHICLES',
    source: 'sida',
    amount: sek(380_000_00),
    payee: 'Metro Motors',
    purpose: 'Two field vehicles for the hearings',
    month: 2,
    requestedOn: 15,
    approvedOn: 18,
    paidOn: 25,
  },
  rent('rent-2', 3),
  {
    label: 'forum-grants',
    lineId: 'CE-GRANTS',
    source: 'eu',
    amount: eur(40_000_00),
    payee: 'Civic Voices Trust',
    purpose: 'Grant for district forums on the issues paper',
    month: 3,
    requestedOn: 5,
    approvedOn: 8,
    paidOn: 12,
  },
  {
    label: 'booklets',
    lineId: 'CE-MATERIALS',
    source: 'eu',
    amount: eur(7_250_00),
    payee: 'Lakeside Printers',
    purpose: 'Simplified guide to the review, 20,000 copies',
    month: 3,
    requestedOn: 6,
    approvedOn: 9,
    paidOn: 13,
  },
  {
    label: 'translation',
    lineId: 'DR-RESEARCH',
    source: 'sida',
    amount: sek(95_000_00),
    payee: 'LinguaBridge Translations',
    purpose: 'Translation of public submissions',
    month: 3,
    requestedOn: 8,
    approvedOn: 10,
    paidOn: 15,
  },
];

/**
 * The payments from one source, in their order, then what else happened to its money. Sources go
 * side by side: their approvals append to different streams, so they never race each other.
 */
const spendingFrom = (source: Request['source'], after: (scene: Scene) => Promise<void>): Step => ({
  name: `disbursements-${source}`,
  async run(scene) {
    for (const payment of payments.filter((candidate) => candidate.source === source))
      await pay(scene, payment);
    await after(scene);
  },
});

const governmentSpending = spendingFrom('government', async (scene) => {
  const { cast, post } = scene;
  const printing = await request(scene, cast.officer, {
    label: 'printing-unquoted',
    lineId: 'CE-MATERIALS',
    source: 'government',
    amount: usd(3_400_00),
    payee: 'QuickPrint',
    purpose: 'Posters for the hearings',
    month: 2,
    requestedOn: 20,
  });
  await post(cast.approver, 'printing-unquoted-reject', `/disbursements/${printing}/reject`, {
    reason: 'No competitive quotation attached: resubmit with three quotes',
  });
});

const euSpending = spendingFrom('eu', async ({ cast, post, on, ids }) => {
  await post(cast.approver, 'radio-1-reverse', `/disbursements/${ids['radio-1']}/reverse`, {
    reason: 'Invoice paid twice: the network refunded the transfer',
    reversedOn: on(3, 16),
  });
});

const sidaSpending = spendingFrom('sida', async () => {});

/** Requests left for the approver, by both finance officers: the queue is never empty when the demo starts. */
const awaitingApproval: Step = {
  name: 'approvals-queue',
  async run(scene) {
    const { officer, officer2 } = scene.cast;
    const waiting = [
      [
        officer,
        {
          label: 'hearings-coast',
          lineId: 'CE-HEARINGS',
          source: 'eu',
          amount: eur(21_000_00),
          payee: 'Coastline Hotels',
          purpose: 'Coastal region hearings: venues and transport',
          month: 3,
          requestedOn: 20,
        },
      ],
      [
        officer,
        {
          label: 'tv-debate',
          lineId: 'CM-MEDIA',
          source: 'eu',
          amount: eur(6_400_00),
          payee: 'National Broadcasting Studio',
          purpose: 'Televised debate on the issues paper',
          month: 3,
          requestedOn: 22,
        },
      ],
      [
        officer2,
        {
          label: 'stationery',
          lineId: 'AD-OFFICE',
          source: 'government',
          amount: usd(1_850_00),
          payee: 'Office Supplies Depot',
          purpose: 'Stationery for the quarter',
          month: 3,
          requestedOn: 24,
        },
      ],
      [
        officer2,
        {
          label: 'study-2',
          lineId: 'DR-EXPERTS',
          source: 'government',
          amount: usd(12_000_00),
          payee: 'Institute for Constitutional Studies',
          purpose: 'Comparative study, second instalment',
          month: 3,
          requestedOn: 26,
        },
      ],
    ] as const;
    await Promise.all(waiting.map(([requester, asked]) => request(scene, requester, asked)));
  },
};

const benchmarks: Step = {
  name: 'benchmarks',
  async run({ cast, post, on }) {
    /** Sets a benchmark (today: its plan starts on the day it is set), then the progress reported so far. */
    const set = async (label: string, body: Record<string, unknown>, progress?: [number, string, string]) => {
      const { benchmarkId } = await post(cast.head, label, '/benchmarks', body);
      if (!progress) return;
      const [value, date, reference] = progress;
      await post(cast.head, `${label}-progress`, `/benchmarks/${benchmarkId}/progress`, {
        date,
        value,
        evidence: { reference },
      });
    };
    await Promise.all([
      // Reaches its target: achieved.
      set(
        'issues-paper',
        {
          kind: 'output',
          metric: 'Issues paper on the review published',
          target: 1,
          dueDate: on(3, 28),
          owner: { unit: 'drafting' },
        },
        [1, on(3, 25), 'Issues paper, published edition'],
      ),
      set(
        'hearings',
        {
          kind: 'process',
          metric: 'District public hearings held',
          target: 48,
          dueDate: on(12, 0),
          owner: { unit: 'civic-education' },
        },
        [9, on(3, 18), 'Hearings report, northern region'],
      ),
      set(
        'organisations',
        {
          kind: 'process',
          metric: 'Civil society organisations consulted',
          target: 120,
          dueDate: on(9, 0),
          owner: { committee: 'Public Participation Committee' },
        },
        [14, on(3, 20), 'Register of consultations'],
      ),
      // Due before today and short of its target: missed, and a risk on the register.
      set(
        'submissions',
        {
          kind: 'process',
          metric: 'Public submissions catalogued',
          target: 5_000,
          dueDate: on(3, 28),
          owner: { unit: 'drafting' },
        },
        [3_100, on(3, 27), 'Submissions database export'],
      ),
      set('zero-draft', {
        kind: 'output',
        metric: 'Zero draft of the Constitution submitted to the Commission',
        target: 1,
        dueDate: on(11, 0),
        owner: { unit: 'drafting' },
      }),
    ]);
  },
};

const reviewPoints: Step = {
  name: 'review-points',
  async run({ cast, post, on }) {
    const review = async (label: string, date: string, title: string, held?: Record<string, unknown>) => {
      const { reviewPointId } = await post(cast.head, label, '/review-points', { date, title });
      if (held) await post(cast.head, `${label}-hold`, `/review-points/${reviewPointId}/hold`, held);
    };
    await Promise.all([
      review('inception', on(1, 15), 'Inception review', {
        heldOn: on(1, 15),
        decisions: ['Work plan adopted', 'Hearings to start in the northern region'],
        attendees: [cast.head.name, 'Chairperson of the Commission'],
      }),
      review('quarter-1', on(3, 1), 'First quarterly review', {
        heldOn: on(3, 2),
        decisions: [
          'Hearings calendar extended to the coast',
          'Bridging finance to be sought from the Treasury',
        ],
      }),
      review('quarter-2', on(6, 1), 'Second quarterly review'),
    ]);
  },
};

/** A risk as leadership registers it, then what was done about it, in order. */
interface RiskStory {
  readonly label: string;
  readonly risk: Record<string, unknown>;
  readonly inherent: readonly [likelihood: number, impact: number, assessedOn: string, treatment: string];
  readonly mitigations?: readonly (readonly [
    action: string,
    owner: string,
    dueDate: string,
    completed?: string,
  ])[];
  readonly residual?: readonly [likelihood: number, impact: number, assessedOn: string];
  readonly review?: { readonly reviewedOn: string; readonly nextReviewOn: string; readonly note?: string };
}

async function register({ cast, post }: Scene, story: RiskStory): Promise<void> {
  const { label } = story;
  const { riskId } = await post(cast.head, label, '/risks', story.risk);
  const [likelihood, impact, assessedOn, treatment] = story.inherent;
  await post(cast.head, `${label}-inherent`, `/risks/${riskId}/assessments`, {
    kind: 'inherent',
    likelihood,
    impact,
    assessedOn,
    treatment,
  });
  for (const [i, [action, owner, dueDate, completed]] of (story.mitigations ?? []).entries()) {
    const { mitigationId } = await post(
      cast.head,
      `${label}-mitigation-${i}`,
      `/risks/${riskId}/mitigations`,
      {
        action,
        owner,
        dueDate,
      },
    );
    if (completed)
      await post(
        cast.head,
        `${label}-mitigation-${i}-complete`,
        `/risks/${riskId}/mitigations/${mitigationId}/complete`,
        {
          note: completed,
        },
      );
  }
  if (story.residual) {
    const [likelihood, impact, assessedOn] = story.residual;
    await post(cast.head, `${label}-residual`, `/risks/${riskId}/assessments`, {
      kind: 'residual',
      likelihood,
      impact,
      assessedOn,
    });
  }
  if (story.review) await post(cast.head, `${label}-review`, `/risks/${riskId}/reviews`, story.review);
}

const risks: Step = {
  name: 'risks',
  async run(scene) {
    const { on } = scene;
    const registered: readonly RiskStory[] = [
      {
        label: 'eu-tranche',
        risk: {
          category: 'financial',
          title: 'Second EU tranche delayed',
          cause: 'The first financial report to the EU is late',
          consequence: 'Hearings on the coast suspended',
          owner: 'Deputy Head, Administration and finance',
        },
        inherent: [4, 4, on(1, 5), 'mitigate'],
        mitigations: [
          [
            'Submit the first financial report early',
            'Head of finance',
            on(3, 10),
            'Report drafted; awaiting the audit certificate',
          ],
          // Still planned after its due date: overdue on the register.
          ['Agree a bridging allocation with the Treasury', 'Head of the Secretariat', on(3, 25)],
        ],
        residual: [3, 4, on(3, 10)],
        // Its next review has passed: overdue.
        review: {
          reviewedOn: on(2, 1),
          nextReviewOn: on(3, 1),
          note: 'Report on track; tranche expected next quarter',
        },
      },
      {
        label: 'boycott',
        risk: {
          category: 'political',
          title: 'Opposition parties boycott the hearings',
          cause: 'Dispute over the composition of the Commission',
          consequence: 'Views of a large part of the public missing',
          owner: 'Head of the Secretariat',
        },
        inherent: [3, 5, on(2, 10), 'mitigate'],
        mitigations: [['Set up a cross-party liaison group', 'Deputy Head, Civic education', on(5, 0)]],
        review: { reviewedOn: on(3, 15), nextReviewOn: on(6, 15) },
      },
      {
        label: 'unrest',
        risk: {
          category: 'security',
          title: 'Unrest at hearings in border districts',
          cause: 'Local tensions over land',
          consequence: 'Hearings cancelled, staff at risk',
          owner: 'Deputy Head, Civic education',
        },
        inherent: [2, 4, on(2, 20), 'mitigate'],
        mitigations: [
          ['Security assessment with the police before each hearing', 'Logistics officer', on(6, 0)],
        ],
      },
      {
        label: 'backlog',
        risk: {
          category: 'operational',
          title: 'Backlog of untranslated submissions',
          cause: 'Submissions arrive in six languages',
          consequence: 'Drafting starts without the public’s views',
          owner: 'Deputy Head, Drafting and research',
        },
        inherent: [4, 3, on(2, 5), 'mitigate'],
        mitigations: [
          [
            'Contract a second translation firm',
            'Deputy Head, Drafting and research',
            on(3, 12),
            'Contract signed',
          ],
        ],
        residual: [2, 3, on(3, 15)],
      },
      {
        label: 'leak',
        risk: {
          category: 'reputational',
          title: 'Draft provisions leaked before the Commission agrees them',
          cause: 'Drafts circulated by e-mail',
          consequence: 'Public trust in the process damaged',
          owner: 'Deputy Head, Communications',
        },
        inherent: [2, 5, on(3, 5), 'accept'],
      },
    ];
    await all(registered, (story) => register(scene, story));
  },
};

/**
 * The story in phases: each phase's steps side by side (what they append never overlaps), each phase
 * once the one before is recorded. Each step is named, as a failure names it.
 */
const phases: readonly (readonly Step[])[] = [
  [openProcess],
  [adoptBudget, recordRates, pledges, benchmarks, reviewPoints, risks],
  [tranches],
  [leadershipPosts, staff, secondments, governmentSpending, euSpending, sidaSpending, awaitingApproval],
];

/** Runs `each` on every item at once. */
const all = <T>(items: readonly T[], each: (item: T) => Promise<unknown>) => Promise.all(items.map(each));

/** What recording did, and the ids the API gave the story's records, by their labels. */
export interface DemoRecording extends Tally {
  readonly ids: Readonly<Record<string, string>>;
}

/**
 * Records the demo through the API at `url` as its people, or replays it when it is there already.
 * `today` places a first recording; a later one reads the mandate's start back from the process.
 */
export async function recordDemo(
  url: string,
  people: DemoPeople,
  today = new Date(),
): Promise<DemoRecording> {
  const cast = castOf(people);
  const tally: Tally = { commands: 0, replayed: 0 };
  const client = demoClient(url, `/processes/${DEMO_PROCESS}`, tally);
  const recorded = await client.get(cast.admin);
  if (recorded.status !== 200 && recorded.status !== 404)
    throw new DemoStepFailed(
      'read-process',
      `GET /processes/${DEMO_PROCESS}`,
      recorded.status,
      JSON.stringify(recorded.body),
    );
  const mandateStart =
    recorded.status === 200 ? String(recorded.body.mandateStart) : dayOf(today.toISOString(), -MONTHS_IN, 1);
  const on = (month: number, day: number) => dayOf(mandateStart, month, day);
  const ids: Record<string, string> = {};
  for (const phase of phases)
    await all(phase, (step) => step.run({ cast, on, mandateStart, post: client.step(step.name), ids }));
  return { ...tally, ids };
}

function castOf(people: DemoPeople): Cast {
  const person = (env: string) => {
    const found = people[env];
    if (!found) throw new Error(`the demo needs ${env} among its people`);
    return found;
  };
  return {
    admin: person('ADMIN'),
    officer: person('FINANCE_OFFICER'),
    officer2: person('FINANCE_OFFICER_2'),
    approver: person('FINANCE_APPROVER'),
    hr: person('HR_OFFICER'),
    head: person('LEADERSHIP'),
  };
}
