import {
  accountChart,
  advanceReceived,
  payoutBatchCancelled,
  payoutBatchIssued,
  redemptionDecided,
  subscriptionApproved,
  subscriptionPaid,
} from './accounting';

const sides = (e: { lines: { account: string; debitCents: number; creditCents: number }[] }) =>
  e.lines.map((l) => `${l.debitCents ? 'D' : 'C'} ${l.account} ${l.debitCents || l.creditCents}`);

describe('share-capital entries', () => {
  it('books a subscription paid at once as D 4561 / C 1012 then D 512 / C 4561 and D 1012 / C 1013', () => {
    expect(
      sides(subscriptionApproved({ amountCents: 5000, calledCents: 5000, instalments: false, escrowedCents: 0 })),
    ).toEqual(['D contribution 5000', 'C calledUnpaidCapital 5000']);
    expect(sides(subscriptionPaid({ amountCents: 5000, instalments: false }))).toEqual([
      'D bank 5000',
      'C contribution 5000',
      'D calledUnpaidCapital 5000',
      'C paidCapital 5000',
    ]);
  });

  it('books the uncalled part of an instalment subscription through 109 / 1011', () => {
    expect(
      sides(subscriptionApproved({ amountCents: 10000, calledCents: 2500, instalments: true, escrowedCents: 0 })),
    ).toEqual([
      'D calledReceivable 2500',
      'C calledUnpaidCapital 2500',
      'D uncalledReceivable 7500',
      'C uncalledCapital 7500',
    ]);
  });

  it('moves money received before the decision out of 4563 into paid-up capital at approval', () => {
    expect(sides(advanceReceived(3000))).toEqual(['D bank 3000', 'C advancePayments 3000']);
    expect(
      sides(subscriptionApproved({ amountCents: 3000, calledCents: 3000, instalments: false, escrowedCents: 3000 })),
    ).toEqual([
      'D contribution 3000',
      'C calledUnpaidCapital 3000',
      'D advancePayments 3000',
      'C contribution 3000',
      'D calledUnpaidCapital 3000',
      'C paidCapital 3000',
    ]);
  });

  it("clears 4563 on the member's own sub-account, debited as it was credited", () => {
    const received = advanceReceived(3000).lines.find((l) => l.account === 'advancePayments')!;
    const applied = subscriptionApproved({
      amountCents: 3000,
      calledCents: 3000,
      instalments: false,
      escrowedCents: 3000,
    }).lines.find((l) => l.account === 'advancePayments')!;
    expect([received.member, received.creditCents]).toEqual([true, 3000]);
    expect([applied.member, applied.debitCents]).toEqual([true, 3000]);
  });

  it("books a payout file as one bank credit for the total and a 4567 debit on each member's sub-account", () => {
    const items = [
      { memberId: 'm1', amountCents: 20000 },
      { memberId: 'm2', amountCents: 15000 },
    ];
    const issued = payoutBatchIssued(items);
    expect(issued.lines).toEqual([
      { account: 'toRedeem', member: true, memberId: 'm1', debitCents: 20000, creditCents: 0 },
      { account: 'toRedeem', member: true, memberId: 'm2', debitCents: 15000, creditCents: 0 },
      { account: 'bank', member: false, debitCents: 0, creditCents: 35000 },
    ]);
    expect(payoutBatchCancelled(items).lines.map((l) => [l.account, l.memberId, l.debitCents, l.creditCents])).toEqual([
      ['bank', undefined, 35000, 0],
      ['toRedeem', 'm1', 0, 20000],
      ['toRedeem', 'm2', 0, 15000],
    ]);
  });

  it('books a redemption as a debt to the member, D 1013 / C 4567', () => {
    expect(sides(redemptionDecided(2000))).toEqual(['D paidCapital 2000', 'C toRedeem 2000']);
  });

  it('refuses to build an empty entry', () => {
    expect(() => redemptionDecided(0)).toThrow(/unbalanced or empty/);
  });

  it("uses the organization's account numbers where it has its own", () => {
    const chart = accountChart({ bank: '5121', toRedeem: '45671' });
    expect(chart.bank).toEqual({ number: '5121', label: 'Banque' });
    expect(chart.toRedeem.number).toBe('45671');
    expect(chart.paidCapital.number).toBe('1013');
  });
});
