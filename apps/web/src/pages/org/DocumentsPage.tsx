import { Alert, Anchor, Button, Card, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, client, type Schemas } from '../../api/client';
import { FormError } from '../../components/FormError';
import { day, euros, pdfLink } from '../../format';
import { useT } from '../../i18n';
import { useCharters } from './useCharters';
import { inOrg, useOrg } from './useOrg';

/** `/o/{slug}/documents`: certificates, receipts, and the charters to read and accept. */
export function DocumentsPage() {
  const t = useT();
  const { slug, memberId } = useOrg();
  if (!memberId) return null;
  const base = `/v1/orgs/${slug}`;
  return (
    <Stack>
      <Title order={2}>{t('member.nav.documents')}</Title>
      <Card withBorder component="section" aria-labelledby="certificates-title">
        <Title order={3} id="certificates-title">
          {t('member.docs.certificates')}
        </Title>
        <List mt="xs">
          <List.Item>
            <Anchor href={pdfLink(`${base}/members/${memberId}/certificate.pdf`)}>
              {t('member.docs.certificate')}
            </Anchor>
          </List.Item>
          <TaxCertificate href={(year) => pdfLink(`${base}/members/${memberId}/tax-certificate.pdf`, { year })} />
        </List>
        <Text size="sm" c="dimmed" mt="xs">
          {t('member.docs.verifiable')}
        </Text>
      </Card>
      <Receipts slug={slug} memberId={memberId} />
      <Charters slug={slug} memberId={memberId} />
    </Stack>
  );
}

function TaxCertificate({ href }: { href: (year: string) => string }) {
  const t = useT();
  const years = [0, 1, 2, 3].map((n) => String(new Date().getFullYear() - 1 - n));
  const [year, setYear] = useState(years[0]);
  return (
    <List.Item>
      <Group gap="xs" align="end">
        <NativeSelect
          label={t('member.docs.taxYear')}
          data={years}
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          w={120}
        />
        <Anchor href={href(year)}>{t('member.docs.taxCertificate', { year })}</Anchor>
      </Group>
    </List.Item>
  );
}

function Receipts({ slug, memberId }: { slug: string; memberId: string }) {
  const t = useT();
  const subscriptions = useQuery({
    queryKey: ['subscriptions', slug, memberId],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/subscriptions', inOrg(slug))),
  });
  const contributions = useQuery({
    queryKey: ['my-contributions', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/my/contributions', inOrg(slug))),
  });
  const base = `/v1/orgs/${slug}`;
  const items = [
    ...(subscriptions.data?.items ?? []).map((s) => (
      <List.Item key={s.id}>
        <Anchor href={pdfLink(`${base}/subscriptions/${s.id}/receipt.pdf`)}>
          {t('member.docs.subscriptionReceipt', { date: day(s.subscribedOn), shares: s.quantity })}
        </Anchor>
      </List.Item>
    )),
    ...(contributions.data?.items ?? []).map((c: Schemas['ContributionDto']) => (
      <List.Item key={c.id}>
        <Anchor href={pdfLink(`${base}/contributions/${c.id}/receipt.pdf`)}>
          {t('member.docs.contributionReceipt', { date: day(c.pledgedOn), amount: euros(c.amountCents) })}
        </Anchor>
        {c.kind === 'donation' && c.paidCents > 0 && (
          <>
            {' · '}
            <Anchor href={pdfLink(`${base}/contributions/${c.id}/tax-receipt.pdf`)}>
              {t('member.docs.taxReceipt')}
            </Anchor>
          </>
        )}
      </List.Item>
    )),
  ];
  return (
    <Card withBorder component="section" aria-labelledby="receipts-title">
      <Title order={3} id="receipts-title">
        {t('member.docs.receipts')}
      </Title>
      {items.length ? <List mt="xs">{items}</List> : <Text mt="xs">{t('member.docs.noReceipts')}</Text>}
    </Card>
  );
}

function Charters({ slug, memberId }: { slug: string; memberId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const charters = useCharters(slug, memberId);
  const accept = useMutation({
    mutationFn: (charterId: string) =>
      call(
        client.POST('/v1/orgs/{slug}/members/{id}/acceptances', {
          ...inOrg(slug, { id: memberId }),
          body: { charterId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['acceptances', slug, memberId] }),
  });
  const acceptedOn = new Map(charters.acceptances.map((a) => [a.charterId, a.acceptedOn]));
  return (
    <Card withBorder component="section" aria-labelledby="charters-title">
      <Title order={3} id="charters-title">
        {t('member.charters.title')}
      </Title>
      {charters.ready && charters.current.length === 0 && <Text mt="xs">{t('member.charters.none')}</Text>}
      <Stack mt="xs">
        {charters.current.map((c) => (
          <div key={c.id}>
            <Text fw={600}>{t('member.charters.version', { title: c.title, version: c.version })}</Text>
            <details>
              <summary>{t('member.charters.read')}</summary>
              <Text style={{ whiteSpace: 'pre-wrap' }} mt="xs">
                {c.body}
              </Text>
            </details>
            {acceptedOn.has(c.id) ? (
              <Text size="sm">{t('member.charters.acceptedOn', { date: day(acceptedOn.get(c.id)!) })}</Text>
            ) : (
              <Alert color="yellow" p="xs" mt="xs">
                <Group justify="space-between">
                  <Text size="sm">{t('member.charters.toAccept')}</Text>
                  <Button
                    size="xs"
                    onClick={() => accept.mutate(c.id)}
                    loading={accept.isPending && accept.variables === c.id}
                  >
                    {t('member.charters.accept', { title: c.title })}
                  </Button>
                </Group>
              </Alert>
            )}
          </div>
        ))}
      </Stack>
      <FormError error={accept.error} />
    </Card>
  );
}
