import { invoice } from './builders';
import { accepted, adoptBudget, type LocalProcesses, openProcess } from './local-process';

/**
 * The process the budget, forecast and staffing views are checked against, every number by hand.
 * It runs in 2031, recorded on 30 June (`recordedOn`, the runtime's clock): every date it gives is
 * a day the process has lived, and the books for `asOf=2031-06-30` hold the whole log.
 */
export const P = '/processes/views';
export const recordedOn = '2031-06-30T08:00:00.000Z';
export const usd = (amount: number) => ({ amount, currency: 'USD' });
export const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** The ids the story's answers gave: the Treasury's and the EU's contributions, the Head's appointment. */
export interface ViewsIds {
  readonly gov: string;
  readonly eu: string;
  readonly head: string;
}

/** Records the story in the process `views`, the callers members of it. */
export async function recordViewsStory(local: LocalProcesses): Promise<ViewsIds> {
  const { officer, approver, hr, leadership } = local;
  const ids: Record<string, string> = {};
  async function spend(
    name: string,
    lineId: string,
    source: string,
    amount: { amount: number; currency: string },
    then: { approve?: boolean; paidOn?: string; reverse?: string; reject?: boolean } = {},
  ) {
    const { disbursementId } = await accepted(
      officer.post(`${P}/disbursements`, {
        lineId,
        fundingSourceId: ids[source],
        amount,
        ...(amount.currency === 'EUR' ? { rateDate: '2031-02-01' } : {}),
        payee: 'Supplier Ltd',
        purpose: `Disbursement ${name}`,
        supportingDocument: invoice(`INV-${name}`),
        // Asked and approved by the day it is paid, when it is.
        ...(then.paidOn ? { requestedOn: then.paidOn } : {}),
      }),
    );
    const path = `${P}/disbursements/${disbursementId}`;
    if (then.reject) await accepted(approver.post(`${path}/reject`, { reason: 'No quotation' }), 200);
    if (then.approve)
      await accepted(approver.post(`${path}/approve`, then.paidOn ? { approvedOn: then.paidOn } : {}), 200);
    if (then.paidOn)
      await accepted(
        officer.post(`${path}/pay`, { paymentReference: `EFT-${name}`, paidOn: then.paidOn }),
        200,
      );
    if (then.reverse)
      await accepted(
        approver.post(`${path}/reverse`, { reason: 'Invoice paid twice', reversedOn: then.reverse }),
        200,
      );
  }

  const terms = (personId: string, o: Record<string, unknown>) => ({
    person: { personId, name: `Person ${personId}` },
    contractType: 'civil-service',
    startDate: '2031-01-01',
    endDate: '2031-12-31',
    fundingSourceId: ids.gov,
    ...o,
  });
  const secondee = (personId: string, homeInstitution: string, o: Record<string, unknown>) => ({
    person: { personId, name: `Person ${personId}` },
    homeInstitution,
    postTitle: 'Legal Researcher',
    unit: 'secretarial-services',
    startDate: '2031-01-01',
    endDate: '2031-12-31',
    salary: { borneBy: 'home-institution' },
    reportingLinesToHome: `Quarterly report to ${homeInstitution}`,
    ...o,
  });

  // The mandate opens to September and is extended to December: the forecast takes the extension.
  await openProcess(local, 'views', {
    mandateStart: '2031-01-01',
    mandateEnd: '2031-09-30',
    budgetCurrency: 'USD',
  });
  await accepted(
    leadership.post(`${P}/mandate-extensions`, { newEnd: '2031-12-31', reason: 'Referendum moved' }),
    200,
  );

  const line = (lineId: string, unit: string, costCategory: string, amount: number) => ({
    lineId,
    unit,
    costCategory,
    amount: usd(amount),
  });
  await adoptBudget(local, 'views', [
    line('SEC-STAFF', 'secretarial-services', 'staff-and-other-personnel', 130_000_00),
    line('EO-HEAR', 'education-outreach', 'travel', 50_000_00),
    line('COM-RADIO', 'communications', 'contractual-services', 30_000_00),
    line('EO-PRINT', 'education-outreach', 'contractual-services', 10_000_00),
  ]);
  await accepted(
    approver.post(`${P}/budget/transfers`, {
      fromLineId: 'SEC-STAFF',
      toLineId: 'EO-HEAR',
      amount: usd(10_000_00),
      reason: 'More county hearings',
    }),
  );

  const pledge = async (donorId: string, donorName: string, amount: object, modality: string) =>
    (
      await accepted(
        officer.post(`${P}/contributions`, {
          donorId,
          donorName,
          amount,
          modality,
          reportingFrequency: 'quarterly',
          firstReportDue: '2031-03-31',
        }),
      )
    ).contributionId as string;
  ids.gov = await pledge('government', 'Treasury', usd(100_000_00), 'government-budget');
  ids.eu = await pledge('eu', 'European Union', eur(100_000_00), 'basket-fund');
  await accepted(
    officer.post(`${P}/exchange-rates`, {
      base: 'EUR',
      quote: 'USD',
      rate: '1.10',
      date: '2031-02-01',
      source: 'UN operational rate of exchange',
    }),
  );
  await accepted(
    officer.post(`${P}/contributions/${ids.gov}/tranches`, {
      amount: usd(80_000_00),
      receivedOn: '2031-01-15',
    }),
  );
  await accepted(
    officer.post(`${P}/contributions/${ids.eu}/tranches`, {
      amount: eur(50_000_00),
      receivedOn: '2031-02-01',
    }),
  );
  await accepted(
    officer.post(`${P}/commitments`, {
      lineId: 'COM-RADIO',
      fundingSourceId: ids.gov,
      amount: usd(10_000_00),
      description: 'Radio airtime',
      supplier: 'National Broadcaster',
    }),
  );

  await spend('d1', 'EO-HEAR', 'eu', usd(9_000_00), { approve: true, paidOn: '2031-03-10' });
  await spend('d2', 'EO-HEAR', 'gov', usd(12_000_00), { approve: true, paidOn: '2031-04-12' });
  await spend('d3', 'SEC-STAFF', 'gov', usd(15_000_00), { approve: true, paidOn: '2031-05-05' });
  // EUR 3,000.00 at 1.10 = USD 3,300.00, paid in May, the money back in June.
  await spend('d4', 'COM-RADIO', 'eu', eur(3_000_00), {
    approve: true,
    paidOn: '2031-05-20',
    reverse: '2031-06-15',
  });
  await spend('d5', 'EO-HEAR', 'gov', usd(3_000_00), { approve: true });
  await spend('d6', 'SEC-STAFF', 'eu', usd(1_500_00));
  await spend('d7', 'COM-RADIO', 'gov', usd(500_00), { reject: true });
  await spend('d8', 'EO-PRINT', 'eu', usd(2_000_00), { approve: true, paidOn: '2031-06-10' });

  const head = await accepted(
    hr.post(`${P}/appointments/secretariat-head`, {
      ...terms('head', { monthlyCost: usd(6_000_00) }),
      appointingAuthority: { kind: 'cmb-law-or-decree' },
      accountableTo: 'chairperson',
      accountingOfficer: true,
    }),
  );
  ids.head = head.appointmentId as string;
  await accepted(
    hr.post(`${P}/appointments/deputies`, {
      // Paid in GBP, for which no rate is recorded: the forecast lists the deputy apart.
      ...terms('dep-com', { monthlyCost: { amount: 5_000_00, currency: 'GBP' }, fundingSourceId: ids.eu }),
      unit: 'communications',
    }),
  );
  const staff = async (personId: string, o: Record<string, unknown>) =>
    (
      await accepted(
        hr.post(`${P}/appointments`, {
          ...terms(personId, o),
          postTitle: `Officer ${personId}`,
          reportsTo: 'The unit’s deputy',
          ...o,
        }),
      )
    ).appointmentId as string;
  const a = await staff('a', {
    contractType: 'consultant',
    unit: 'education-outreach',
    subFunction: 'public-participation',
    startDate: '2031-05-01',
    endDate: '2031-07-31',
    monthlyCost: usd(3_000_00),
    fundingSourceId: ids.eu,
  });
  await accepted(hr.post(`${P}/appointments/${a}/extend`, { newEndDate: '2031-08-31' }), 200);
  await staff('b', {
    contractType: 'donor-funded',
    unit: 'communications',
    subFunction: 'media-liaison',
    startDate: '2031-08-01',
    monthlyCost: usd(4_000_00),
    fundingSourceId: ids.eu,
    donorReportingLine: { donorId: 'eu', reportsTo: 'EU Delegation programme officer' },
  });
  await staff('c', {
    unit: 'administration',
    subFunction: 'logistics',
    endDate: '2031-07-10',
    monthlyCost: { amount: 150_000_00, currency: 'KES' },
  });
  const e = await staff('e', { unit: 'administration', subFunction: 'finance', monthlyCost: usd(2_000_00) });
  await accepted(hr.post(`${P}/appointments/${e}/end`, { reason: 'resigned', endDate: '2031-02-28' }), 200);
  await accepted(
    hr.post(
      `${P}/secondments`,
      secondee('s1', 'Ministry of Justice', {
        startDate: '2031-03-01',
        endDate: '2031-09-30',
        salary: {
          borneBy: 'shared',
          processSharePercent: 50,
          monthlyCost: usd(2_000_00),
          fundingSourceId: ids.gov,
        },
      }),
    ),
  );
  await accepted(hr.post(`${P}/secondments`, secondee('s2', 'Ministry of Finance', {})));
  await accepted(
    hr.post(
      `${P}/secondments`,
      secondee('s3', 'Ministry of Justice', { startDate: '2031-02-01', endDate: '2031-07-20' }),
    ),
  );
  return ids as unknown as ViewsIds;
}
