import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiProblem, call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { AppLink } from '../../../components/links';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, euros, parseEuros } from '../../../format';
import { useT } from '../../../i18n';
import { useOrg } from '../../org/useOrg';
import { DateField } from '../../accounting/ui';
import { Pager, usePages } from '../../../components/Pager';

type Status = Schemas['CampaignDto']['status'];
const STATUSES: Status[] = ['draft', 'open', 'succeeded', 'failed', 'closed'];

/** `/o/{slug}/admin/campaigns`: the funding campaigns, and a new one. */
export function CampaignsAdminPage() {
  const t = useT();
  const { slug } = useOrg();
  const [status, setStatus] = useState<Status | ''>('');
  const pages = usePages();
  const campaigns = useQuery({
    queryKey: ['admin-campaigns', slug, status, pages.cursor],
    queryFn: () =>
      call(
        client.GET('/v1/orgs/{slug}/campaigns', {
          params: { path: { slug }, query: { limit: 50, cursor: pages.cursor, status: status || undefined } },
        }),
      ),
  });
  return (
    <Stack>
      <Title order={2}>{t('settings.campaigns.title')}</Title>
      <Text size="sm">{t('settings.campaigns.help')}</Text>
      <NativeSelect
        label={t('settings.campaigns.status')}
        value={status}
        onChange={(e) => {
          setStatus(e.currentTarget.value as Status | '');
          pages.reset();
        }}
        data={[
          { value: '', label: t('settings.campaigns.anyStatus') },
          ...STATUSES.map((s) => ({ value: s, label: t('settings.campaigns.statusName', { status: s }) })),
        ]}
        w={{ base: '100%', xs: 240 }}
      />
      <FormError error={campaigns.error} />
      {campaigns.data?.items.length === 0 && <Text>{t('settings.campaigns.none')}</Text>}
      {!!campaigns.data?.items.length && (
        <ScrollRegion label={t('settings.campaigns.title')}>
          <Table striped aria-label={t('settings.campaigns.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.campaigns.name')}</Table.Th>
                <Table.Th>{t('settings.campaigns.status')}</Table.Th>
                <Table.Th>{t('settings.campaigns.period')}</Table.Th>
                <Table.Th ta="right">{t('settings.campaigns.raised')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campaigns.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AppLink to="/o/$slug/admin/campaigns/$id" params={{ slug, id: c.id }}>
                      {c.title}
                    </AppLink>
                  </Table.Td>
                  <Table.Td>{t('settings.campaigns.statusName', { status: c.status })}</Table.Td>
                  <Table.Td>{t('settings.campaigns.range', { start: day(c.startsOn), end: day(c.endsOn) })}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('settings.campaigns.raisedOf', { raised: euros(c.raisedCents), goal: euros(c.goalCents) })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <Pager
        pages={pages}
        total={campaigns.data?.total}
        nextCursor={campaigns.data?.nextCursor}
        label={t('settings.campaigns.pages')}
      />
      <NewCampaign slug={slug} />
    </Stack>
  );
}

function NewCampaign({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [beneficiary, setBeneficiary] = useState('');
  const [goal, setGoal] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [mode, setMode] = useState<Schemas['CampaignDto']['mode']>('keep_it_all');
  const [isPublic, setPublic] = useState(false);
  const create = useMutation({
    mutationFn: () => {
      const goalCents = parseEuros(goal);
      if (goalCents === undefined || goalCents < 1)
        throw new ApiProblem(400, '/problems/validation-error', t('settings.campaigns.badGoal'), [
          { field: 'goalCents', message: t('settings.campaigns.badGoal') },
        ]);
      return call(
        client.POST('/v1/orgs/{slug}/campaigns', {
          params: { path: { slug } },
          body: {
            title: title.trim(),
            description: description.trim() || undefined,
            beneficiary: beneficiary.trim() || undefined,
            goalCents,
            startsOn,
            endsOn,
            mode,
            public: isPublic,
          },
        }),
      );
    },
    onSuccess: () => {
      setTitle('');
      setDescription('');
      setBeneficiary('');
      setGoal('');
      return queryClient.invalidateQueries({ queryKey: ['admin-campaigns', slug] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const err = (field: string) => fieldError(create.error, field);
  return (
    <Card withBorder component="section" aria-labelledby="new-campaign-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="new-campaign-title">
            {t('settings.campaigns.newTitle')}
          </Title>
          <Text size="sm">{t('settings.campaigns.newHelp')}</Text>
          <TextInput
            label={t('settings.campaigns.name')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={err('title')}
          />
          <Textarea
            label={t('settings.campaigns.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={err('description')}
            autosize
            minRows={2}
          />
          <TextInput
            label={t('settings.campaigns.beneficiary')}
            description={t('settings.campaigns.beneficiaryHelp')}
            value={beneficiary}
            onChange={(e) => setBeneficiary(e.currentTarget.value)}
            error={err('beneficiary')}
          />
          <Group align="start">
            <TextInput
              label={t('settings.campaigns.goal')}
              inputMode="decimal"
              value={goal}
              onChange={(e) => setGoal(e.currentTarget.value)}
              error={err('goalCents')}
              w={{ base: '100%', xs: 200 }}
            />
            <DateField
              label={t('settings.campaigns.startsOn')}
              value={startsOn}
              onChange={setStartsOn}
              error={err('startsOn')}
            />
            <DateField
              label={t('settings.campaigns.endsOn')}
              value={endsOn}
              onChange={setEndsOn}
              error={err('endsOn')}
            />
          </Group>
          <NativeSelect
            label={t('settings.campaigns.mode')}
            description={t('settings.campaigns.modeHelp', { mode })}
            value={mode}
            onChange={(e) => setMode(e.currentTarget.value as typeof mode)}
            data={[
              { value: 'keep_it_all', label: t('settings.campaigns.modeName', { mode: 'keep_it_all' }) },
              { value: 'all_or_nothing', label: t('settings.campaigns.modeName', { mode: 'all_or_nothing' }) },
            ]}
          />
          <Checkbox
            label={t('settings.campaigns.public')}
            description={t('settings.campaigns.publicHelp')}
            checked={isPublic}
            onChange={(e) => setPublic(e.currentTarget.checked)}
          />
          <FormError
            error={create.error}
            fields={['title', 'description', 'beneficiary', 'goalCents', 'startsOn', 'endsOn']}
          />
          {create.data && (
            <Text role="status" fw={600}>
              {t('settings.campaigns.created', { title: create.data.title })}
            </Text>
          )}
          <Button type="submit" w="fit-content" loading={create.isPending}>
            {t('settings.campaigns.create')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
