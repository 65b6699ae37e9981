import { euroAmountInWords } from './amount-in-words';
import type { DocumentLanguage } from './format';
import type { PdfWriter } from './pdf/writer';

/**
 * What a receipt for donations to an organization of general interest shows — the contents of the
 * cerfa 11580*04 (CGI art. 200, 238 bis and 978): the beneficiary, its object and type, the donor
 * and their address, the amount in figures and in words, the date, the form, nature and method of
 * the gift, the certification that it opens the right to the reduction, and the signature. A company
 * donor gets the receipt for patronage by companies instead, the 2041-MEC-SD (cerfa 16216*01, CGI
 * art. 238 bis): the same with the company's name, SIREN and address.
 */
export interface DonationTaxReceiptContent {
  beneficiary: { name: string; address: string | null; siren: string | null; purpose: string };
  donor: {
    name: string;
    address: string | null;
    kind: 'member' | 'organization' | 'person';
    /** a company or other legal entity: the 2041-MEC-SD form */
    company?: boolean;
    siren?: string | null;
  };
  amountCents: number;
  /** the dates of the payments the receipt covers */
  paidOn: string[];
  /** transfer, check, card, cash, direct_debit, other */
  methods: string[];
  signatory: { name: string; title: string };
  /** the day it is issued, in the organization's calendar */
  issuedOn: string;
}

const TEXTS = {
  fr: {
    title: 'Reçu au titre des dons à certains organismes d’intérêt général',
    subtitle: 'Articles 200, 238 bis et 978 du code général des impôts — cerfa n° 11580*04',
    beneficiary: 'Bénéficiaire des versements',
    name: 'Nom ou dénomination',
    address: 'Adresse',
    siren: 'SIREN',
    purpose: 'Objet',
    type: 'Qualité',
    typeValue:
      'Association ou fondation d’intérêt général ayant un caractère philanthropique, éducatif, scientifique, social, humanitaire, sportif, familial, culturel ou concourant à la défense de l’environnement',
    donor: 'Donateur',
    acknowledgement:
      'Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d’impôt la somme de :',
    inWords: 'Somme en toutes lettres',
    dates: 'Date du versement ou du don',
    form: 'Forme du don',
    formValue: 'Déclaration de don manuel',
    nature: 'Nature du don',
    natureValue: 'Numéraire',
    method: 'Mode de versement',
    methods: {
      transfer: 'Virement, prélèvement, carte bancaire',
      direct_debit: 'Virement, prélèvement, carte bancaire',
      card: 'Virement, prélèvement, carte bancaire',
      check: 'Remise de chèque',
      cash: 'Remise d’espèces',
      other: 'Autre',
    } as Record<string, string>,
    certification: (person: boolean) =>
      `Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue à l’article ${person ? '200' : '238 bis'} du code général des impôts.`,
    signed: (date: string) => `Fait le ${date}`,
    companyTitle:
      'Reçu des dons et versements effectués par les entreprises au titre de l’article 238 bis du code général des impôts',
    companySubtitle: 'Formulaire n° 2041-MEC-SD — cerfa n° 16216*01',
    companyDonor: 'Entreprise donatrice',
    companyName: 'Dénomination',
  },
  en: {
    title: 'Receipt for donations to organizations of general interest',
    subtitle: 'Articles 200, 238 bis and 978 of the French general tax code — cerfa no. 11580*04',
    beneficiary: 'Beneficiary of the donations',
    name: 'Name',
    address: 'Address',
    siren: 'SIREN',
    purpose: 'Object',
    type: 'Type',
    typeValue:
      'Association or foundation of general interest (philanthropic, educational, scientific, social, humanitarian, sporting, family, cultural or environmental)',
    donor: 'Donor',
    acknowledgement: 'The beneficiary acknowledges receipt, as donations giving right to a tax reduction, of:',
    inWords: 'Amount in words (French)',
    dates: 'Date of the payment or gift',
    form: 'Form of the gift',
    formValue: 'Declaration of a manual gift (don manuel)',
    nature: 'Nature of the gift',
    natureValue: 'Cash (numéraire)',
    method: 'Payment method',
    methods: {
      transfer: 'Transfer, direct debit, card',
      direct_debit: 'Transfer, direct debit, card',
      card: 'Transfer, direct debit, card',
      check: 'Cheque',
      cash: 'Cash',
      other: 'Other',
    } as Record<string, string>,
    certification: (person: boolean) =>
      `The beneficiary certifies on its honour that the donations it receives give right to the tax reduction of article ${person ? '200' : '238 bis'} of the French general tax code.`,
    signed: (date: string) => `Done on ${date}`,
    companyTitle: 'Receipt for donations made by companies under article 238 bis of the French general tax code',
    companySubtitle: 'Form no. 2041-MEC-SD — cerfa no. 16216*01',
    companyDonor: 'Donor company',
    companyName: 'Company name',
  },
};

export function donationTaxReceiptTitle(
  lang: DocumentLanguage,
  donorName: string,
  amount: string,
  company = false,
): string {
  const form = company ? '2041-MEC-SD' : 'cerfa 11580';
  const title = `${lang === 'fr' ? `Reçu fiscal (${form})` : `Tax receipt (${form})`} — ${donorName} — ${amount}`;
  return title.length > 300 ? `${title.slice(0, 299)}…` : title;
}

export function writeDonationTaxReceipt(w: PdfWriter, c: DonationTaxReceiptContent): void {
  const t = TEXTS[w.format.lang];
  const f = w.format;
  const company = !!c.donor.company;
  w.title(company ? t.companyTitle : t.title, company ? t.companySubtitle : t.subtitle);
  const beneficiary: [string, string][] = [
    [t.name, c.beneficiary.name],
    [t.address, c.beneficiary.address ?? '—'],
  ];
  if (c.beneficiary.siren) beneficiary.push([t.siren, c.beneficiary.siren]);
  beneficiary.push([t.purpose, c.beneficiary.purpose], [t.type, t.typeValue]);
  w.heading(t.beneficiary).fields(beneficiary);
  const donor: [string, string][] = [[company ? t.companyName : t.name, c.donor.name]];
  if (company && c.donor.siren) donor.push([t.siren, c.donor.siren]);
  donor.push([t.address, c.donor.address ?? '—']);
  w.heading(company ? t.companyDonor : t.donor).fields(donor);
  w.paragraph(t.acknowledgement);
  w.paragraph(`*** ${f.money(c.amountCents)} ***`, { bold: true });
  w.fields([
    [t.inWords, euroAmountInWords(c.amountCents)],
    [t.dates, c.paidOn.map((d) => f.calendarDate(d)).join(', ')],
    [t.form, t.formValue],
    [t.nature, t.natureValue],
    [t.method, [...new Set(c.methods.map((m) => t.methods[m] ?? m))].join(' ; ')],
  ]);
  w.signatures(`${t.certification(!company)}\n${t.signed(f.calendarDate(c.issuedOn))}`, [
    `${c.signatory.name}\n${c.signatory.title}`,
  ]);
}
