import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client } from '../../../api/client';
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
