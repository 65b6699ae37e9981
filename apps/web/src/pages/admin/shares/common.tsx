import { Button, Group, Modal, Select, Stack, Text, type ButtonProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { call, client } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';

/** A member's name (and number) for the tables that only carry the member's id; cached per member. */
export function MemberName({ slug, id }: { slug: string; id: string }) {
  const member = useQuery({
    queryKey: ['member', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}', inOrg(slug, { id }))),
    staleTime: 300_000,
  });
  return <>{member.data ? memberLabel(member.data) : '…'}</>;
}

/** Today's date in the browser's zone, as the API's calendar dates are written. */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * A button for an act that cannot be taken back lightly: it opens a dialog saying what will
 * happen (and any fields it needs), and acts only on the dialog's own button.
 */
export function ConfirmAction({
  label,
  title,
  confirmLabel,
  children,
  onConfirm,
  pending,
  error,
  errorFields,
  color,
  variant = 'default',
  buttonProps,
  disabled,
}: {
  label: string;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  /** answers whether the act succeeded (the dialog then closes) */
  onConfirm: () => Promise<unknown>;
  pending: boolean;
  error: unknown;
  errorFields?: string[];
  color?: string;
  variant?: ButtonProps['variant'];
  buttonProps?: ButtonProps;
  disabled?: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const confirm = () => {
    onConfirm().then(
      () => setOpen(false),
      () => undefined,
    );
  };
  return (
    <>
      <Button
        size="xs"
        variant={variant}
        color={color}
        onClick={() => setOpen(true)}
        disabled={disabled}
        {...buttonProps}
      >
        {label}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={title}
        centered
        closeButtonProps={{ 'aria-label': t('shares.common.close') }}
      >
        <Stack gap="sm">
          {children}
          <FormError error={error} fields={errorFields} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('shares.common.back')}
            </Button>
            <Button color={color} loading={pending} onClick={confirm}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** "Previous / next" over the API's cursor pages: the cursors seen so far make "previous" possible. */
export function usePages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  return {
    cursor,
    page: cursors.length,
    next: (c: string) => setCursors((all) => [...all, c]),
    previous: () => setCursors((all) => (all.length > 1 ? all.slice(0, -1) : all)),
    reset: () => setCursors([undefined]),
  };
}

export function Pager({
  pages,
  nextCursor,
  label,
}: {
  pages: ReturnType<typeof usePages>;
  nextCursor: string | null | undefined;
  label: string;
}) {
  const t = useT();
  if (pages.page === 1 && !nextCursor) return null;
  return (
    <Group component="nav" aria-label={label} gap="xs" mt="sm">
      <Button size="xs" variant="default" disabled={pages.page === 1} onClick={pages.previous}>
        {t('shares.common.previous')}
      </Button>
      <Text size="sm">{t('shares.common.page', { page: pages.page })}</Text>
      <Button size="xs" variant="default" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        {t('shares.common.next')}
      </Button>
    </Group>
  );
}

const memberLabel = (m: {
  companyName: string | null;
  firstName: string | null;
  lastName: string | null;
  membershipNumber: number | null;
}) => {
  const name = m.companyName ?? [m.firstName, m.lastName].filter(Boolean).join(' ');
  return m.membershipNumber ? `${name} (n° ${m.membershipNumber})` : name;
};

/** A member found by name, number or e-mail (the registry's search), as their id. */
export function MemberPicker({
  slug,
  value,
  onChange,
  error,
}: {
  slug: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: ['members', slug, 'search', search],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/members', {
          params: { path: { slug }, query: { search: search || undefined, limit: 20 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const data = (found.data?.items ?? []).map((m) => ({ value: m.id, label: memberLabel(m) }));
  return (
    <Select
      label={t('shares.common.member')}
      placeholder={t('shares.common.memberSearch')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      nothingFoundMessage={t('shares.common.noMember')}
      error={error}
    />
  );
}
