import { describe, expect, it } from 'vitest';
import type { Flag } from '../../protocol/moderation';
import { Session } from './session';
import { buildSessionExport, exportToCsv, renderSessionExport } from './session-export';
import { ballot, countingRandom, polls } from './test-fixtures';

function endedSession() {
  const { session } = Session.start(
    { language: 'fr', country: 'BE', deckId: 'sextortion-13' },
    Date.UTC(2026, 2, 5, 9),
    {
      random: countingRandom(),
      flagText: (): Flag[] => [],
    },
  );
  session.openPoll(polls.single(), 1);
  for (let n = 1; n <= 6; n++)
    session.submitAnswer('mood', ballot(n), { kind: 'single', optionId: n < 5 ? 'good' : 'bad' }, 2);
  session.openPoll(polls.scale(), 3);
  session.submitAnswer('safe', ballot(50), { kind: 'scale', value: 4 }, 3);
  session.askQuestion('=HYPERLINK("http://x")', 4);
  session.askQuestion('Who do I tell, "really"?', 4);
  session.askQuestion('not approved', 4);
  // The first two questions (entries keep the order of arrival while the server runs).
  for (const entry of session.moderationEntries().slice(0, 2)) session.approve(entry.id, 5);
  session.end(6);
  return session;
}

describe('the session export', () => {
  it('holds tallies and approved questions, never a ballot key or an unapproved text', () => {
    const data = buildSessionExport(endedSession());
    const json = JSON.stringify(data);
    expect(json).not.toContain(ballot(1));
    expect(json).not.toContain('not approved');
    expect(data.polls[0]).toMatchObject({
      id: 'mood',
      answerCount: 6,
      tally: { counts: [{ count: 4 }, { count: 0 }, { count: 2 }] },
    });
    expect(data.questions).toHaveLength(2);
  });

  it('withholds a poll below its minimum, giving the count only', () => {
    const data = buildSessionExport(endedSession());
    expect(data.polls[1]).toMatchObject({ id: 'safe', answerCount: 1, tally: null });
  });

  it('writes a CSV a spreadsheet opens safely: quoted, and student text never run as a formula', () => {
    const csv = exportToCsv(buildSessionExport(endedSession()));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('poll_id,kind,question,answers,item,count,mean,points,correct,note');
    expect(lines).toContain('mood,single,How do you feel?,6,Good,4,,,,');
    expect(lines).toContain('safe,scale,How safe?,1,,,,,,fewer answers than the minimum of 5: not shown');
    expect(lines).toContain(`,question,,,"'=HYPERLINK(""http://x"")",1,,,,`);
    expect(lines).toContain(',question,,,"Who do I tell, ""really""?",1,,,,');
  });

  it('names the file by deck, day and code', () => {
    const session = endedSession();
    const file = renderSessionExport(session, 'json');
    expect(file.filename).toBe(`sextortion-13-2026-03-05-${session.joinCode}.json`);
    expect(JSON.parse(file.body)).toMatchObject({ format: 'payboy-session-export', deckId: 'sextortion-13' });
  });
});
