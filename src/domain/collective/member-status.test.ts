import { describe, expect, it } from 'vitest';
import { memberStatuses } from './member-status';
import type { StoredResponse } from './schema';

const response = (over: Partial<StoredResponse> & { id: string }): StoredResponse => ({
  scanId: 's',
  name: '',
  answers: {},
  source: 'import',
  createdAt: '2027-03-01T10:00:00.000Z',
  updatedAt: '2027-03-01T10:00:00.000Z',
  ...over,
});

describe('memberStatuses', () => {
  const invitees = [
    { respondentId: 'a', name: 'Ayşe', invitedAt: '2027-03-01T09:00:00.000Z' },
    { respondentId: 'b', name: 'Bram', invitedAt: '2027-03-01T09:01:00.000Z' },
    { respondentId: 'c', name: 'Penningmeester', invitedAt: '2027-03-01T09:02:00.000Z' },
  ];

  it('lists invited members in order as pending, answered or answered again, then the others', () => {
    const statuses = memberStatuses({
      invitees,
      responses: [
        response({ id: 'here', name: 'Op tafel', source: 'device' }),
        response({ id: 'c', source: 'code', updatedAt: '2027-03-02T08:00:00.000Z' }),
        response({ id: 'a', name: 'Ayşe', timesReceived: 2 }),
        response({ id: 'x', name: 'Kees', source: 'code' }),
      ],
    });
    expect(statuses.map((s) => [s.name, s.state, s.arrival])).toEqual([
      ['Ayşe', 'answered-again', 'file'],
      ['Bram', 'pending', null],
      ['Penningmeester', 'answered', 'code'],
      ['Kees', 'answered', 'code'],
    ]);
    expect(statuses[2]?.receivedAt).toBe('2027-03-02T08:00:00.000Z');
    expect(statuses[1]?.invitedAt).toBe('2027-03-01T09:01:00.000Z');
    expect(statuses[3]?.invitedAt).toBeNull();
  });

  it('dates a member answered twice by the last arrival, also when it left the answers unchanged', () => {
    const [status] = memberStatuses({
      invitees: invitees.slice(0, 1),
      responses: [
        response({
          id: 'a',
          source: 'code',
          timesReceived: 2,
          updatedAt: '2027-03-02T08:00:00.000Z',
          lastArrivalAt: '2027-03-03T17:30:00.000Z',
        }),
      ],
    });
    expect(status).toMatchObject({
      name: 'Ayşe',
      state: 'answered-again',
      arrival: 'code',
      receivedAt: '2027-03-03T17:30:00.000Z',
    });
  });

  it('is empty for a scan answered only on this device', () => {
    const responses = [response({ id: 'here', source: 'device' })];
    expect(memberStatuses({ invitees: [], responses })).toEqual([]);
  });
});
