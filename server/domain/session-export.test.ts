import { describe, expect, it } from 'vitest';
import type { Flag } from '../../protocol/moderation';
import { Session } from './session';
import { buildSessionExport, exportToCsv, renderSessionExport } from './session-export';
import { ballot, countingRandom, definePoll, payingQuiz, polls } from './test-fixtures';

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

  describe('what the session changed, and how the class rated it', () => {
    const quiz = (id: string, baseline?: string) => definePoll(payingQuiz(id, baseline ? { baseline } : {}));
    const rating = definePoll({
      id: 'felt-safe',
      kind: 'scale',
      question: 'How safe did you feel?',
      min: 1,
      max: 3,
      minLabel: 'Not safe',
      maxLabel: 'Safe',
      rating: true,
    });
    const useful = definePoll({ ...rating, id: 'useful', question: 'How useful was it?' });

    function evaluatedSession() {
      const { session } = Session.start({ language: 'en', country: 'BE' }, Date.UTC(2026, 2, 5, 9), {
        random: countingRandom(),
        flagText: (): Flag[] => [],
      });
      const answer = (pollId: string, values: readonly string[], from: number) =>
        values.forEach((optionId, n) => session.submitAnswer(pollId, ballot(from + n), { kind: 'quiz', optionId }, 2));
      session.openPoll(quiz('pay'), 1);
      answer('pay', ['true', 'true', 'true', 'false', 'false', 'true'], 1);
      session.openPoll(quiz('pay-after', 'pay'), 3);
      answer('pay-after', ['false', 'false', 'false', 'false', 'true', 'false', 'false'], 100);
      session.openPoll(rating, 4);
      [3, 3, 2, 3, 1].forEach((value, n) =>
        session.submitAnswer('felt-safe', ballot(200 + n), { kind: 'scale', value }, 4),
      );
      session.openPoll(useful, 5);
      [3, 2].forEach((value, n) => session.submitAnswer('useful', ballot(300 + n), { kind: 'scale', value }, 5));
      session.end(6);
      return session;
    }

    it('exports the check as class totals before and after, and the rating above its minimum only', () => {
      const data = buildSessionExport(evaluatedSession());
      expect(data.knowledgeCheck).toEqual([
        expect.objectContaining({
          question: 'Paying makes it stop.',
          before: expect.objectContaining({ answerCount: 6, correct: 2 }),
          after: expect.objectContaining({ answerCount: 7, correct: 6 }),
        }),
      ]);
      expect(data.rating).toMatchObject([
        { pollId: 'felt-safe', answerCount: 5, mean: 2.4, counts: [{ count: 1 }, { count: 1 }, { count: 3 }] },
        { pollId: 'useful', answerCount: 2, needed: 3, counts: null, mean: null },
      ]);
      expect(JSON.stringify(data)).not.toContain(ballot(1));
    });

    it('writes the change and the rating as rows a school reads in a spreadsheet', () => {
      const lines = exportToCsv(buildSessionExport(evaluatedSession()))
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(lines).toContain('pay,knowledge_check,Paying makes it stop.,6,before,2,,,33%,');
      expect(lines).toContain(
        'pay-after,knowledge_check,Paying makes it stop.,7,after,6,,,86%,right answers: 33% → 86%',
      );
      expect(lines).toContain('felt-safe,rating,How safe did you feel?,5,1 (Not safe),1,2.4,,,');
      expect(lines).toContain('felt-safe,rating,How safe did you feel?,5,3 (Safe),3,,,,');
      expect(lines).toContain('useful,rating,How useful was it?,2,,,,,,3 more answers needed: not shown');
      // A rating's rows stand once, under the rating.
      expect(lines.filter((line) => line.startsWith('felt-safe,'))).toHaveLength(3);
    });
  });
});
