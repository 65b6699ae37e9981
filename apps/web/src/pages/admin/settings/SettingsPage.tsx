import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiProblem, call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { euros, parseEuros } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { useOrg } from '../../org/useOrg';

type Org = Schemas['OrganizationDto'];
type LegalForm = Org['legalForm'];
const LEGAL_FORMS: LegalForm[] = [
  'SCIC_SAS',
  'SCIC_SA',
  'SCIC_SARL',
  'SCOP_SA',
  'SCOP_SARL',
  'SA_COOP',
  'ASSOCIATION',
  'OTHER',
];

/** `/o/{slug}/admin/settings`: the co-op's identity and statutory options, its accounts, its tax receipts. */
export function SettingsPage() {
  const t = useT();
  const { slug, org } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <Text size="sm">{t('settings.help')}</Text>
      {org.data && <OrganizationSettings slug={slug} org={org.data} />}
      <AccountingSettings slug={slug} />
      <FundingSettings slug={slug} />
    </Stack>
  );
}

/** The form's text for each setting, and what it becomes in the PATCH. */
interface OrgForm {
  name: string;
  legalForm: LegalForm;
  siren: string;
  address: string;
  rcsCity: string;
  legalRepresentativeName: string;
  legalRepresentativeTitle: string;
  signaturePlace: string;
  fiscalYearEnd: string;
  minimumCapital: string;
  capitalFloorPercent: number;
  instalmentDeadlineYears: number;
  defaultLanguage: 'fr' | 'en';
  eConvocation: boolean;
  requireAdminTwoFactor: boolean;
  acceptsApplications: boolean;
  paymentIban: string;
}

const formOf = (o: Org): OrgForm => ({
  name: o.name,
  legalForm: o.legalForm,
  siren: o.siren ?? '',
  address: o.address ?? '',
  rcsCity: o.rcsCity ?? '',
  legalRepresentativeName: o.legalRepresentativeName ?? '',
  legalRepresentativeTitle: o.legalRepresentativeTitle ?? '',
  signaturePlace: o.signaturePlace ?? '',
  fiscalYearEnd: o.fiscalYearEnd,
  minimumCapital: (o.minimumCapitalCents / 100).toFixed(2).replace('.', ','),
  capitalFloorPercent: o.capitalFloorPercent,
  instalmentDeadlineYears: o.instalmentDeadlineYears,
  defaultLanguage: o.defaultLanguage,
  eConvocation: o.eConvocation,
  requireAdminTwoFactor: o.requireAdminTwoFactor,
  acceptsApplications: o.acceptsApplications,
  paymentIban: o.paymentIban ?? '',
});

function OrganizationSettings({ slug, org }: { slug: string; org: Org }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<OrgForm>(() => formOf(org));
  const set =
    <K extends keyof OrgForm>(key: K) =>
    (value: OrgForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () => {
      const before = formOf(org);
      const body: Schemas['UpdateOrganizationDto'] = {};
      const changed = (k: keyof OrgForm) => form[k] !== before[k];
      for (const k of [
        'name',
        'legalForm',
        'siren',
        'address',
        'rcsCity',
        'legalRepresentativeName',
        'legalRepresentativeTitle',
        'signaturePlace',
        'fiscalYearEnd',
        'capitalFloorPercent',
        'instalmentDeadlineYears',
        'defaultLanguage',
        'eConvocation',
        'requireAdminTwoFactor',
        'acceptsApplications',
      ] as const)
        if (changed(k))
          Object.assign(body, { [k]: typeof form[k] === 'string' ? (form[k] as string).trim() : form[k] });
      if (changed('paymentIban')) body.paymentIban = form.paymentIban.trim() || null;
      if (changed('minimumCapital')) {
        const cents = parseEuros(form.minimumCapital);
        if (cents === undefined)
          throw new ApiProblem(400, '/problems/validation-error', t('settings.org.badAmount'), [
            { field: 'minimumCapitalCents', message: t('settings.org.badAmount') },
          ]);
        body.minimumCapitalCents = cents;
      }
      return call(client.PATCH('/v1/orgs/{slug}', { params: { path: { slug } }, body }));
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(['org', slug], saved);
      setForm(formOf(saved));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = (field: string) => fieldError(save.error, field);
  const text = (key: keyof OrgForm, label: MessageId, help?: MessageId, values?: Record<string, unknown>) => (
    <TextInput
      label={t(label)}
      description={help && t(help, values)}
      value={form[key] as string}
      onChange={(e) => set(key)(e.currentTarget.value as never)}
      error={err(key === 'minimumCapital' ? 'minimumCapitalCents' : key)}
    />
  );
  return (
    <Card withBorder component="section" aria-labelledby="org-settings-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="org-settings-title">
            {t('settings.org.title')}
          </Title>
          {text('name', 'settings.org.name')}
          <NativeSelect
            label={t('settings.org.legalForm')}
            description={t('settings.org.legalFormHelp')}
            value={form.legalForm}
            onChange={(e) => set('legalForm')(e.currentTarget.value as LegalForm)}
            data={LEGAL_FORMS.map((f) => ({ value: f, label: t('settings.org.legalFormName', { form: f }) }))}
            error={err('legalForm')}
          />
          {text('siren', 'settings.org.siren', 'settings.org.sirenHelp')}
          <Textarea
            label={t('settings.org.address')}
            value={form.address}
            onChange={(e) => set('address')(e.currentTarget.value)}
            error={err('address')}
            autosize
            minRows={2}
          />
          {text('rcsCity', 'settings.org.rcsCity', 'settings.org.rcsCityHelp')}
          {text('legalRepresentativeName', 'settings.org.representativeName', 'settings.org.representativeHelp')}
          {text('legalRepresentativeTitle', 'settings.org.representativeTitle')}
          {text('signaturePlace', 'settings.org.signaturePlace', 'settings.org.signaturePlaceHelp')}
          <NativeSelect
            label={t('settings.org.language')}
            description={t('settings.org.languageHelp')}
            value={form.defaultLanguage}
            onChange={(e) => set('defaultLanguage')(e.currentTarget.value as 'fr' | 'en')}
            data={[
              { value: 'fr', label: 'Français' },
              { value: 'en', label: 'English' },
            ]}
          />
          <Title order={4} mt="sm">
            {t('settings.org.statutesTitle')}
          </Title>
          <Text size="sm">{t('settings.org.statutesHelp')}</Text>
          {text('fiscalYearEnd', 'settings.org.fiscalYearEnd', 'settings.org.fiscalYearEndHelp')}
          {text('minimumCapital', 'settings.org.minimumCapital', 'settings.org.minimumCapitalHelp', {
            legal: euros(org.legalMinimumCapitalCents),
          })}
          <NumberInput
            label={t('settings.org.capitalFloor')}
            description={t('settings.org.capitalFloorHelp')}
            value={form.capitalFloorPercent}
            onChange={(v) => set('capitalFloorPercent')(Number(v))}
            min={25}
            max={100}
            suffix=" %"
            error={err('capitalFloorPercent')}
          />
          <NumberInput
            label={t('settings.org.instalmentYears')}
            description={t('settings.org.instalmentYearsHelp')}
            value={form.instalmentDeadlineYears}
            onChange={(v) => set('instalmentDeadlineYears')(Number(v))}
            min={0}
            max={3}
            error={err('instalmentDeadlineYears')}
          />
          <Title order={4} mt="sm">
            {t('settings.org.membersTitle')}
          </Title>
          <Checkbox
            label={t('settings.org.eConvocation')}
            description={t('settings.org.eConvocationHelp')}
            checked={form.eConvocation}
            onChange={(e) => set('eConvocation')(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('settings.org.acceptsApplications')}
            description={t('settings.org.acceptsApplicationsHelp', { slug })}
            checked={form.acceptsApplications}
            onChange={(e) => set('acceptsApplications')(e.currentTarget.checked)}
          />
          {text('paymentIban', 'settings.org.paymentIban', 'settings.org.paymentIbanHelp')}
          <Checkbox
            label={t('settings.org.twoFactor')}
            description={t('settings.org.twoFactorHelp')}
            checked={form.requireAdminTwoFactor}
            onChange={(e) => set('requireAdminTwoFactor')(e.currentTarget.checked)}
          />
          <FormError
            error={save.error}
            fields={Object.keys(form).map((k) => (k === 'minimumCapital' ? 'minimumCapitalCents' : k))}
          />
          {save.isSuccess && (
            <Text role="status" fw={600}>
              {t('settings.saved')}
            </Text>
          )}
          <Button type="submit" w="fit-content" loading={save.isPending}>
            {t('settings.org.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** The accounts of the French chart (PCG) the share-capital journal uses unless the co-op sets others. */
const ACCOUNT_DEFAULTS = {
  bank: '512',
  uncalledCapital: '1011',
  calledUnpaidCapital: '1012',
  paidCapital: '1013',
  uncalledReceivable: '109',
  contribution: '4561',
  calledReceivable: '4562',
  advancePayments: '4563',
  defaulting: '4566',
  toRedeem: '4567',
  losses: '119',
  donations: '7541',
  membershipFees: '756',
} as const;
type AccountKey = keyof typeof ACCOUNT_DEFAULTS;

function AccountingSettings({ slug }: { slug: string }) {
  const t = useT();
  const current = useQuery({
    queryKey: ['accounting-settings', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/accounting/settings', { params: { path: { slug } } })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="accounting-settings-title">
      <Title order={3} id="accounting-settings-title">
        {t('settings.accounting.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('settings.accounting.help')}
      </Text>
      <FormError error={current.error} />
      {current.data && <AccountingForm slug={slug} initial={current.data} />}
    </Card>
  );
}

function AccountingForm({ slug, initial }: { slug: string; initial: Schemas['AccountingSettingsViewDto'] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [journalCode, setJournalCode] = useState(initial.journalCode);
  const [journalLabel, setJournalLabel] = useState(initial.journalLabel);
  const [accounts, setAccounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.keys(ACCOUNT_DEFAULTS).map((k) => [k, initial.accounts[k]?.number ?? ''])),
  );
  const save = useMutation({
    mutationFn: () =>
      call(
        client.PUT('/v1/orgs/{slug}/accounting/settings', {
          params: { path: { slug } },
          body: { journalCode: journalCode.trim(), journalLabel: journalLabel.trim(), accounts },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(['accounting-settings', slug], saved),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" mt="xs">
        <Group align="start">
          <TextInput
            label={t('settings.accounting.journalCode')}
            description={t('settings.accounting.default', { value: 'CAP' })}
            value={journalCode}
            onChange={(e) => setJournalCode(e.currentTarget.value.toUpperCase())}
            error={fieldError(save.error, 'journalCode')}
            w={{ base: '100%', xs: 200 }}
          />
          <TextInput
            label={t('settings.accounting.journalLabel')}
            description={t('settings.accounting.default', { value: 'Capital social' })}
            value={journalLabel}
            onChange={(e) => setJournalLabel(e.currentTarget.value)}
            error={fieldError(save.error, 'journalLabel')}
            w={{ base: '100%', xs: 300 }}
          />
        </Group>
        <Title order={4}>{t('settings.accounting.accounts')}</Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          {(Object.keys(ACCOUNT_DEFAULTS) as AccountKey[]).map((key) => (
            <TextInput
              key={key}
              label={t('settings.accounting.account', { key })}
              description={t('settings.accounting.default', { value: ACCOUNT_DEFAULTS[key] })}
              value={accounts[key]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setAccounts((a) => ({ ...a, [key]: value }));
              }}
              error={fieldError(save.error, `accounts.${key}`)}
            />
          ))}
        </SimpleGrid>
        <FormError error={save.error} fields={['journalCode', 'journalLabel']} />
        {save.isSuccess && (
          <Text role="status" fw={600}>
            {t('settings.saved')}
          </Text>
        )}
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('settings.accounting.save')}
        </Button>
      </Stack>
    </form>
  );
}

function FundingSettings({ slug }: { slug: string }) {
  const t = useT();
  const current = useQuery({
    queryKey: ['funding-settings', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/funding/settings', { params: { path: { slug } } })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="funding-settings-title">
      <Title order={3} id="funding-settings-title">
        {t('settings.funding.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('settings.funding.help')}
      </Text>
      <FormError error={current.error} />
      {current.data && <FundingForm slug={slug} initial={current.data} />}
    </Card>
  );
}

function FundingForm({ slug, initial }: { slug: string; initial: Schemas['FundingSettingsViewDto'] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [eligible, setEligible] = useState(initial.taxReceiptsEligible);
  const [purpose, setPurpose] = useState(initial.purpose ?? '');
  const [signatoryName, setSignatoryName] = useState(initial.signatoryName ?? '');
  const [signatoryTitle, setSignatoryTitle] = useState(initial.signatoryTitle ?? '');
  const save = useMutation({
    mutationFn: () =>
      call(
        client.PUT('/v1/orgs/{slug}/funding/settings', {
          params: { path: { slug } },
          body: {
            taxReceiptsEligible: eligible,
            purpose: purpose.trim() || undefined,
            signatoryName: signatoryName.trim() || undefined,
            signatoryTitle: signatoryTitle.trim() || undefined,
          },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(['funding-settings', slug], saved),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" mt="xs">
        <Checkbox
          label={t('settings.funding.eligible')}
          description={t('settings.funding.eligibleHelp', {
            form: t('settings.org.legalFormName', { form: initial.legalForm }),
          })}
          checked={eligible}
          onChange={(e) => setEligible(e.currentTarget.checked)}
          error={fieldError(save.error, 'taxReceiptsEligible')}
        />
        <Textarea
          label={t('settings.funding.purpose')}
          description={t('settings.funding.purposeHelp')}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          error={fieldError(save.error, 'purpose')}
          autosize
          minRows={2}
        />
        <Group align="start">
          <TextInput
            label={t('settings.funding.signatoryName')}
            value={signatoryName}
            onChange={(e) => setSignatoryName(e.currentTarget.value)}
            error={fieldError(save.error, 'signatoryName')}
            w={{ base: '100%', xs: 260 }}
          />
          <TextInput
            label={t('settings.funding.signatoryTitle')}
            value={signatoryTitle}
            onChange={(e) => setSignatoryTitle(e.currentTarget.value)}
            error={fieldError(save.error, 'signatoryTitle')}
            w={{ base: '100%', xs: 260 }}
          />
        </Group>
        <FormError error={save.error} fields={['taxReceiptsEligible', 'purpose', 'signatoryName', 'signatoryTitle']} />
        {save.isSuccess && (
          <Text role="status" fw={600}>
            {t('settings.saved')}
          </Text>
        )}
        <Button type="submit" w="fit-content" loading={save.isPending}>
          {t('settings.funding.save')}
        </Button>
      </Stack>
    </form>
  );
}
