import { Anchor, Button, Group, Text, TextInput, type TextInputProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';

/*
 * Small pieces the accountant workspace and the console's settings pages share: a list read a page
 * at a time with the API's cursors, a download link, a date field.
 */

/** The cursors of the pages seen so far: the last one is the page shown; back pops it. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors[cursors.length - 1],
    number: cursors.length,
    next: (cursor: string) => setCursors((c) => [...c, cursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    /** back to the first page, when the filters change */
    reset: () => setCursors([undefined]),
  };
}

/** "Page 2 · 134 in all", and the buttons to the previous and next pages. */
export function Pager({
  pages,
  total,
  nextCursor,
  label,
}: {
  pages: ReturnType<typeof useCursorPages>;
  total: number | undefined;
  nextCursor: string | null | undefined;
  label: string;
}) {
  const t = useT();
  if (total === undefined) return null;
  return (
    <Group gap="xs" mt="xs" role="navigation" aria-label={label}>
      <Text size="sm">{t('accounting.pager.position', { page: pages.number, total })}</Text>
      <Button variant="default" size="xs" disabled={pages.number === 1} onClick={pages.previous}>
        {t('accounting.pager.previous')}
      </Button>
      <Button variant="default" size="xs" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        {t('accounting.pager.next')}
      </Button>
    </Group>
  );
}

/** A file the API sends as an attachment, downloaded with the session cookie. */
export function DownloadLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor href={href} download>
      {children}
    </Anchor>
  );
}

/** `path?a=1&b=2`, leaving out the values not given. */
export function withQuery(path: string, query: Record<string, string | number | boolean | undefined>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A calendar date typed in the browser's date picker (`YYYY-MM-DD`, empty when not given). */
export function DateField(props: Omit<TextInputProps, 'type' | 'onChange'> & { onChange: (value: string) => void }) {
  const { onChange, ...rest } = props;
  return (
    <TextInput type="date" w={{ base: '100%', xs: 200 }} {...rest} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}
