import { DocumentFormat, LABELS, PdfWriter } from '@socius/documents';
import { decision, MinutesResolution, minutesTitle, writeMinutes } from './minutes';

const results = (over: Partial<MinutesResolution['results']> = {}): MinutesResolution['results'] => ({
  status: 'closed',
  outcome: 'adopted',
  quorumReached: true,
  quorumPercent: 25,
  eligibleCount: 300,
  votersCount: 240,
  counts: { for: 150, against: 80, abstain: 10 },
  forPercent: 61.2,
  colleges: [
    { code: 'SAL', weightPercent: 50, counts: { for: 90, against: 10, abstain: 0 }, forPercent: 90 },
    { code: 'USA', weightPercent: 50, counts: { for: 60, against: 70, abstain: 10 }, forPercent: 46.15 },
  ],
  proxyVotes: 12,
  sealHash: 'a'.repeat(64),
  ...over,
});

const resolution = (over: Partial<MinutesResolution> = {}): MinutesResolution => ({
  number: 1,
  title: 'Affectation du résultat',
  text: 'Le résultat est affecté aux réserves impartageables.',
  kind: 'motion',
  majority: 'two_thirds',
  quorumPercent: 25,
  seats: null,
  openedAt: new Date('2026-11-20T08:00:00Z'),
  closedAt: new Date('2026-11-25T17:00:00Z'),
  results: results(),
  attendance: [],
  ...over,
});

describe('minutes', () => {
  const fr = LABELS.fr;

  it('says the outcome in words: adopted, rejected, quorum not reached, elected, tie', () => {
    expect(decision(fr, resolution())).toBe('La résolution est adoptée.');
    expect(decision(fr, resolution({ results: results({ outcome: 'rejected' }) }))).toBe('La résolution est rejetée.');
    expect(decision(fr, resolution({ results: results({ outcome: 'no_quorum', quorumReached: false }) }))).toMatch(
      /^Quorum non atteint/,
    );
    const election = resolution({
      kind: 'election',
      seats: 2,
      results: results({
        outcome: 'elected',
        candidates: [
          { key: 'a', label: 'Ana', votes: 3, weightedPercent: 50 },
          { key: 'b', label: 'Bo', votes: 2, weightedPercent: 33.33 },
          { key: 'c', label: 'Cy', votes: 1, weightedPercent: 16.67 },
        ],
        elected: ['a', 'b'],
      }),
    });
    expect(decision(fr, election)).toBe('Candidat(s) élu(s) : Ana, Bo.');
    expect(decision(LABELS.en, { ...election, results: { ...election.results, tie: true } })).toBe(
      'Elected: Ana, Bo. Tie for the last seat: it is decided as the statutes provide.',
    );
    expect(decision(fr, { ...election, results: { ...election.results, outcome: 'rejected', elected: [] } })).toBe(
      "Aucun candidat n'est élu.",
    );
  });

  it('titles the document after the assembly, and the resolution when there is one', () => {
    const assembly = { title: 'AG 2026', kind: 'extraordinary' };
    expect(minutesTitle(fr, assembly, [{ number: 3, title: 'Statuts' }])).toBe(
      "Procès-verbal de l'assemblée générale extraordinaire — AG 2026 — Résolution n° 3 : Statuts",
    );
    expect(
      minutesTitle(LABELS.en, assembly, [
        { number: 1, title: 'A' },
        { number: 2, title: 'B' },
      ]),
    ).toBe('Minutes of the extraordinary general meeting — AG 2026');
  });

  it('draws college results and an attendance sheet that runs over several pages', async () => {
    const attendance = Array.from({ length: 240 }, (_, i) => ({
      membershipNumber: i + 1,
      name: `Sociétaire ${i + 1} Wałęsa`,
      address: `${i + 1} rue des Lilas, 69001 Lyon`,
      shares: 1 + (i % 7),
      proxyHolder: i % 20 === 0 ? { membershipNumber: 1, name: 'Ana' } : null,
    }));
    const writer = new PdfWriter(
      fr,
      new DocumentFormat('fr', 'Europe/Paris'),
      { name: 'Coop', legalForm: 'SCIC_SAS', siren: '552100554', address: null },
      {
        number: 'PV-2026-0007',
        verificationCode: 'ABCDEFGHJK',
        issuedAt: new Date('2026-11-25T18:00:00Z'),
        verifyUrl: 'https://x/v1/verify/ABCDEFGHJK',
      },
      'PV',
    );
    writeMinutes(writer, {
      assembly: {
        title: 'AG 2026',
        kind: 'ordinary',
        weighting: 'college',
        secret: false,
        place: null,
        convocationMethod: null,
      },
      details: {
        meetingOn: '2026-06-20',
        chairName: 'Ana Lima',
        secretaryName: null,
        scrutineerNames: [],
        documentsSubmitted: [],
        debatesSummary: null,
      },
      resolutions: [resolution({ attendance })],
    });
    const pdf = await writer.finish();
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('states the majority base and the art. 3 bis caps with their factors', async () => {
    const writer = new PdfWriter(
      fr,
      new DocumentFormat('fr', 'Europe/Paris'),
      { name: 'Coop', legalForm: 'SCIC_SAS', siren: '552100554', address: null },
      {
        number: 'PV-2026-0008',
        verificationCode: 'ABCDEFGHJK',
        issuedAt: new Date('2026-11-25T18:00:00Z'),
        verifyUrl: 'https://x/v1/verify/ABCDEFGHJK',
      },
      'PV',
    );
    writeMinutes(writer, {
      assembly: {
        title: 'AG',
        kind: 'ordinary',
        weighting: 'per_member',
        secret: false,
        place: null,
        convocationMethod: null,
      },
      details: {
        meetingOn: '2026-06-20',
        chairName: null,
        secretaryName: null,
        scrutineerNames: [],
        documentsSubmitted: [],
        debatesSummary: null,
      },
      resolutions: [
        resolution({
          results: results({
            colleges: [],
            majorityBase: 'expressed',
            voteCap: {
              applied: true,
              nonCooperatorsPercent: 60,
              otherNonCooperatorsPercent: 40,
              cooperativeFactor: 0.734717,
              otherFactor: 0.593426,
              weightedCounts: { for: 9.6078, against: 10, abstain: 0 },
            },
          }),
        }),
      ],
    });
    const pdf = await writer.finish();
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
  });
});
