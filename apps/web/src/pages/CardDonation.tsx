import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client } from '../api/client';
import { fieldError, FormError } from '../components/FormError';
import { euros, parseEuros } from '../format';
import { useT } from '../i18n';
import type { MessageId } from '../locales/fr';

/** A donation by card: the pledge is made, then the payer goes to the provider's payment page. */
export function CardDonation({ slug, campaignId }: { slug: string; campaignId: string }) {
  const t = useT();
  const [amount, setAmount] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const [publicName, setPublicName] = useState(false);
  const [amountProblem, setAmountProblem] = useState<string | undefined>();
  const start = useMutation({
    mutationFn: (amountCents: number) =>
      call(
        client.POST('/v1/public/orgs/{slug}/campaigns/{id}/checkout', {
          params: { path: { slug, id: campaignId } },
          body: { amountCents, firstName, lastName, email, publicName },
        }),
      ),
    onSuccess: (started) => window.location.assign(started.redirectUrl),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cents = parseEuros(amount);
    setAmountProblem(cents === undefined ? t('campaign.badAmount') : undefined);
    if (cents !== undefined) start.mutate(cents);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('campaign.card.title')}>
      <Stack gap="xs" mt="xs" maw={520}>
        <Text>{t('campaign.card.help')}</Text>
        <TextInput
          label={t('campaign.amount')}
          description={t('campaign.amountHelp')}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          error={amountProblem ?? fieldError(start.error, 'amountCents')}
          w={{ base: '100%', sm: 200 }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('campaign.card.firstName')}
            autoComplete="given-name"
            value={firstName}
            onChange={(e) => setFirstName(e.currentTarget.value)}
            error={fieldError(start.error, 'firstName')}
          />
          <TextInput
            label={t('campaign.card.lastName')}
            autoComplete="family-name"
            value={lastName}
            onChange={(e) => setLastName(e.currentTarget.value)}
            error={fieldError(start.error, 'lastName')}
          />
        </SimpleGrid>
        <TextInput
          label={t('campaign.card.email')}
          description={t('campaign.card.emailHelp')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError(start.error, 'email')}
        />
        <Checkbox
          label={t('campaign.publicName')}
          checked={publicName}
          onChange={(e) => setPublicName(e.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={start.isPending}>
            {t('campaign.card.pay')}
          </Button>
        </Group>
        <FormError error={start.error} fields={['amountCents', 'firstName', 'lastName', 'email']} />
      </Stack>
    </form>
  );
}

/**
 * Back from the provider (`?checkout=…&outcome=…`): Socius asks the provider and says where the
 * payment stands, asking again a few times while it is pending.
 */
export function CheckoutLanding({ onPaid }: { onPaid?: () => void }) {
  const t = useT();
  const params = new URLSearchParams(window.location.search);
  const id = params.get('checkout');
  const outcome = params.get('outcome');
  const state = useQuery({
    queryKey: ['checkout', id],
    enabled: !!id,
    queryFn: async () => {
      const answer = await call(
        client.POST('/v1/public/payments/checkouts/{id}/confirm', {
          params: { path: { id: id! } },
          body: outcome === 'return' || outcome === 'back' || outcome === 'error' ? { outcome } : {},
        }),
      );
      if (answer.status === 'paid') onPaid?.();
      return answer;
    },
    refetchInterval: (query) =>
      query.state.data?.status === 'pending' && query.state.dataUpdateCount < 5 ? 2000 : false,
  });
  if (!id) return null;
  if (state.error) return <FormError error={state.error} />;
  const c = state.data;
  if (!c) return <Text role="status">{t('checkout.checking')}</Text>;
  return (
    <Alert role="status" color={c.status === 'paid' ? 'green' : c.status === 'pending' ? 'blue' : 'yellow'}>
      {t(`checkout.${c.status}` as MessageId, { amount: euros(c.amountCents) })}
    </Alert>
  );
}
