import { Alert, Anchor, Button, Card, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { pdfLink } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg } from '../../org/useOrg';
import { lines } from './shared';

/** What the minutes say besides the votes (bureau, documents, debates), and the minutes once a vote has closed. */
export function MinutesCard({ slug, assemblyId, anyClosed }: { slug: string; assemblyId: string; anyClosed: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const key = ['minutes-details', slug, assemblyId];
  const details = useQuery({
    queryKey: key,
    queryFn: () => call(client.GET('/v1/orgs/{slug}/assemblies/{id}/minutes-details', inOrg(slug, { id: assemblyId }))),
  });
  const [form, setForm] = useState({
    meetingOn: '',
    chair: '',
    secretary: '',
    scrutineers: '',
    documents: '',
    debates: '',
  });
  const d = details.data;
  useEffect(() => {
    if (d)
      setForm({
        meetingOn: d.meetingOn ?? '',
        chair: d.chairName ?? '',
        secretary: d.secretaryName ?? '',
        scrutineers: d.scrutineerNames.join('\n'),
        documents: d.documentsSubmitted.join('\n'),
        debates: d.debatesSummary ?? '',
      });
  }, [d]);
  const save = useMutation({
    mutationFn: () => {
      const body: Schemas['MinutesDetailsDto'] = {
        ...(form.meetingOn ? { meetingOn: form.meetingOn } : {}),
        ...(form.chair.trim() ? { chairName: form.chair } : {}),
        ...(form.secretary.trim() ? { secretaryName: form.secretary } : {}),
        scrutineerNames: lines(form.scrutineers),
        documentsSubmitted: lines(form.documents),
        ...(form.debates.trim() ? { debatesSummary: form.debates } : {}),
      };
      return call(
        client.PUT('/v1/orgs/{slug}/assemblies/{id}/minutes-details', { ...inOrg(slug, { id: assemblyId }), body }),
      );
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
  const set = (field: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [field]: e.currentTarget.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = save.error;
  return (
    <Card withBorder component="section" aria-labelledby="minutes-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="minutes-title">
            {t('assemblies.minutes')}
          </Title>
          <Text size="sm">{t('assemblies.minutes.help')}</Text>
          <FormError error={details.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="date"
              label={t('assemblies.minutes.meetingOn')}
              value={form.meetingOn}
              onChange={set('meetingOn')}
              error={fieldError(err, 'meetingOn')}
            />
            <TextInput
              label={t('assemblies.minutes.chair')}
              value={form.chair}
              onChange={set('chair')}
              error={fieldError(err, 'chairName')}
            />
            <TextInput
              label={t('assemblies.minutes.secretary')}
              value={form.secretary}
              onChange={set('secretary')}
              error={fieldError(err, 'secretaryName')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('assemblies.minutes.scrutineers')}
              description={t('assemblies.onePerLine')}
              autosize
              minRows={2}
              value={form.scrutineers}
              onChange={set('scrutineers')}
              error={fieldError(err, 'scrutineerNames')}
            />
            <Textarea
              label={t('assemblies.minutes.documents')}
              description={t('assemblies.onePerLine')}
              autosize
              minRows={2}
              value={form.documents}
              onChange={set('documents')}
              error={fieldError(err, 'documentsSubmitted')}
            />
          </SimpleGrid>
          <Textarea
            label={t('assemblies.minutes.debates')}
            autosize
            minRows={3}
            value={form.debates}
            onChange={set('debates')}
            error={fieldError(err, 'debatesSummary')}
          />
          <FormError
            error={err}
            fields={[
              'meetingOn',
              'chairName',
              'secretaryName',
              'scrutineerNames',
              'documentsSubmitted',
              'debatesSummary',
            ]}
          />
          {save.isSuccess && (
            <Alert color="teal" role="status">
              {t('assemblies.minutes.saved')}
            </Alert>
          )}
          <Button type="submit" w="fit-content" loading={save.isPending}>
            {t('assemblies.minutes.save')}
          </Button>
          {anyClosed ? (
            <Anchor href={pdfLink(`/v1/orgs/${slug}/assemblies/${assemblyId}/minutes.pdf`)} target="_blank">
              {t('assemblies.minutes.pdf')}
            </Anchor>
          ) : (
            <Text size="sm">{t('assemblies.minutes.later')}</Text>
          )}
        </Stack>
      </form>
    </Card>
  );
}
