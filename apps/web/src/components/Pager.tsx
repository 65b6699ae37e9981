import { Button, Group, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '../i18n';

/**
 * The pages of a list read with the API's cursors: the cursors seen so far, the last one the page
 * shown, so "previous" pops one. `reset` goes back to the first page when a filter changes.
 */
export function usePages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  // the same functions on every render: a page may reset from an effect
  const moves = useMemo(
    () => ({
      next: (cursor: string) => setCursors((c) => [...c, cursor]),
      previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
      reset: () => setCursors((c) => (c.length > 1 ? [undefined] : c)),
    }),
    [],
  );
  return { cursor: cursors[cursors.length - 1], number: cursors.length, ...moves };
}

export type Pages = ReturnType<typeof usePages>;

/**
 * "Page 2 · 134 rows in all", and the buttons to the pages before and after; nothing while the list
 * loads (`total` undefined) or when it fits in one page. A `total` of null (not counted to the end)
 * leaves the count out.
 */
export function Pager({
  pages,
  total,
  nextCursor,
  label,
}: {
  pages: Pages;
  total: number | null | undefined;
  nextCursor: string | null | undefined;
  /** the navigation's name: which list it pages through */
  label: string;
}) {
  const t = useT();
  if (total === undefined || (pages.number === 1 && !nextCursor)) return null;
  return (
    <Group component="nav" aria-label={label} gap="xs" mt="xs">
      <Text size="sm">
        {total === null ? t('pager.page', { page: pages.number }) : t('pager.position', { page: pages.number, total })}
      </Text>
      <Button variant="default" size="xs" disabled={pages.number === 1} onClick={pages.previous}>
        {t('pager.previous')}
      </Button>
      <Button variant="default" size="xs" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        {t('pager.next')}
      </Button>
    </Group>
  );
}
