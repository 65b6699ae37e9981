import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/client';
import { renderInApp } from '../test/render';
import { Ballot, type BallotResolution } from './Ballot';

const motion: BallotResolution = {
  id: 'r1',
  number: 3,
  title: 'Approbation des comptes',
  text: 'L’assemblée approuve les comptes.',
  kind: 'motion',
  candidates: [],
  seats: null,
  closesAt: '2026-12-31T18:00:00Z',
  voted: false,
};

describe('a ballot', () => {
  it('cannot be cast before a choice, then sends the choice and shows the receipt', async () => {
    const cast = vi.fn(async () => ({ receipt: 'receipt-123' }));
    renderInApp(<Ballot resolution={motion} cast={cast} />);
    const submit = screen.getByRole('button', { name: 'Voter' });
    expect(submit).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Contre' }));
    expect(submit).toHaveProperty('disabled', false);
    fireEvent.click(submit);
    await screen.findByText('receipt-123');
    expect(cast).toHaveBeenCalledWith('against');
    expect(screen.getByRole('status').textContent).toContain('Votre vote est enregistré.');
  });

  it('sends the candidates ticked in an election', async () => {
    const cast = vi.fn(async () => ({ receipt: 'r' }));
    const election: BallotResolution = {
      ...motion,
      kind: 'election',
      seats: 2,
      candidates: [
        { key: 'a', label: 'Alice' },
        { key: 'b', label: 'Bruno' },
        { key: 'c', label: 'Chloé' },
      ],
    };
    renderInApp(<Ballot resolution={election} cast={cast} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alice' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chloé' }));
    fireEvent.click(screen.getByRole('button', { name: 'Voter' }));
    await waitFor(() => expect(cast).toHaveBeenCalledWith(['a', 'c']));
  });

  it('announces in French why the API refused the ballot', async () => {
    const cast = vi.fn(async () => {
      throw new ApiProblem(409, '/problems/already-voted', 'A ballot was already cast for this member.');
    });
    renderInApp(<Ballot resolution={motion} cast={cast} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Pour' }));
    fireEvent.click(screen.getByRole('button', { name: 'Voter' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Un vote a déjà été enregistré pour ce bulletin.');
  });

  it('says so when the member already voted, without a form', () => {
    renderInApp(<Ballot resolution={{ ...motion, voted: true }} cast={vi.fn()} />);
    screen.getByText('Vous avez déjà voté sur cette résolution.');
    expect(screen.queryByRole('button', { name: 'Voter' })).toBeNull();
  });
});
