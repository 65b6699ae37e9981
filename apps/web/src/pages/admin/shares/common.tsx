import { NativeSelect, Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client } from '../../../api/client';
import { fieldError } from '../../../components/FormError';
import type { Pages } from '../../../components/Pager';
import { memberLabel, personName } from '../../../format';
import { useT } from '../../../i18n';

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
  const data = (found.data?.items ?? []).map((m) => ({
    value: m.id,
    label: memberLabel(personName(m), m.membershipNumber),
  }));
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

/** The decision an act comes from (the board meeting, the assembly), optional; the API's message beside it. */
export function DecisionRefField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  /** the act's problem: its message about `decisionRef` shows here */
  error: unknown;
}) {
  const t = useT();
  return (
    <TextInput
      label={t('shares.common.decisionRef')}
      description={t('shares.common.decisionRefHelp')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={fieldError(error, 'decisionRef')}
    />
  );
}

/** Which requests a list shows, by status or all of them; choosing another goes back to its first page. */
export function StatusFilter<S extends string>({
  value,
  onChange,
  statuses,
  statusLabel,
  pages,
}: {
  value: S | '';
  onChange: (value: S | '') => void;
  statuses: readonly S[];
  statusLabel: (status: S) => string;
  pages: Pages;
}) {
  const t = useT();
  return (
    <NativeSelect
      mt="xs"
      label={t('shares.subs.show')}
      w={{ base: '100%', sm: 320 }}
      value={value}
      onChange={(e) => {
        onChange(e.currentTarget.value as S | '');
        pages.reset();
      }}
      data={[
        ...statuses.map((s) => ({ value: s, label: statusLabel(s) })),
        { value: '', label: t('shares.subs.filter.all') },
      ]}
    />
  );
}

/** A figure of the capital: what it is, then the amount in bold. */
export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm">{label}</Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </div>
  );
}
