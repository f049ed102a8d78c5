import {
  accepted,
  adoptBudget,
  type LocalProcesses,
  openProcess,
  startLocalProcesses,
} from './local-process';

export const usd = (amount: number) => ({ amount, currency: 'USD' });

export interface VenuePayment {
  readonly local: LocalProcesses;
  readonly disbursementId: string;
  /** Moves the gateway's clock to 09:00 on a day: each request after it comes a second later. */
  readonly on: (day: string) => void;
}

/**
 * A process whose mandate runs from 2031, the EU's USD 20,000.00 received on 10 February, and a hearing
 * venue's 1,500.00 requested, approved and paid on 28 February, the payment entered on `enteredOn`. The
 * gateway's clock is the story's, so a late entry is recorded on the day it was made.
 */
export async function venuePaidOn28February(processId: string, enteredOn: string): Promise<VenuePayment> {
  const P = `/processes/${processId}`;
  let clock = Date.parse('2031-02-10T09:00:00.000Z');
  const on = (day: string) => {
    clock = Date.parse(`${day}T09:00:00.000Z`);
  };
  const local = await startLocalProcesses([processId], () => {
    clock += 1000;
    return new Date(clock);
  });
  const { officer, approver } = local;
  await openProcess(local, processId, { mandateStart: '2031-01-01', mandateEnd: '2032-06-30' });
  await adoptBudget(local, processId, [
    { lineId: 'EO-1', unit: 'education-outreach', costCategory: 'travel', amount: usd(50_000_00) },
  ]);
  const pledged = await accepted(
    officer.post(`${P}/contributions`, {
      donorId: 'eu',
      donorName: 'European Union',
      amount: usd(20_000_00),
      modality: 'basket-fund',
      reportingFrequency: 'quarterly',
      firstReportDue: '2031-04-15',
    }),
  );
  const source = pledged.contributionId as string;
  await accepted(
    officer.post(`${P}/contributions/${source}/tranches`, {
      amount: usd(20_000_00),
      receivedOn: '2031-02-10',
    }),
  );
  const { disbursementId } = (await accepted(
    officer.post(`${P}/disbursements`, {
      lineId: 'EO-1',
      fundingSourceId: source,
      amount: usd(1_500_00),
      payee: 'County Hall Services',
      purpose: 'Hearing venue',
      supportingDocument: { reference: 'INV-228', sha256: 'c'.repeat(64) },
    }),
  )) as { disbursementId: string };
  await accepted(approver.post(`${P}/disbursements/${disbursementId}/approve`), 200);
  on(enteredOn);
  await accepted(
    officer.post(`${P}/disbursements/${disbursementId}/pay`, {
      paymentReference: 'EFT-228',
      paidOn: '2031-02-28',
    }),
    200,
  );
  return { local, disbursementId, on };
}
