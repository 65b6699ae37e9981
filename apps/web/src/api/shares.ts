import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * The queries an act on shares can make stale, by the first part of their key: the lists of
 * requests, the register and its check, holdings, the capital, the year-end checklist, the
 * dashboard's to-dos and the members (an issue admits an applicant, a redemption makes one leave).
 */
const SHARES_QUERIES = [
  'subscriptions',
  'subscription',
  'transfers',
  'redemptions',
  'payout-batches',
  'ledger',
  'ledger-verify',
  'my-ledger',
  'holdings',
  'capital',
  'checklist',
  'fiscal-years',
  'dashboard',
  'member',
  'members',
] as const;

/**
 * What every mutation on shares calls once it succeeded: each query it may have changed is read
 * again (those on screen at once, the others when next shown). Answers once those on screen are fresh.
 */
export function useSharesChanged(slug: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () => Promise.all(SHARES_QUERIES.map((key) => queryClient.invalidateQueries({ queryKey: [key, slug] }))),
    [queryClient, slug],
  );
}
