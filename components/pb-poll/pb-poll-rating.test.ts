import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands } from '../activity-host';
import { authored, buttonNamed, fakeLiveHost, pollView } from '../fake-live-host';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import './pb-poll';
import type { PbPoll } from './pb-poll';

const RATING = `<pb-poll id="session-useful" rating kind="scale" question="How useful was this session for you?" min="1" max="5" min-label="Not useful" max-label="Very useful" min-responses="5">
</pb-poll>`;

beforeEach(async () => {
  await setLanguage('en');
});

describe('<pb-poll rating> on the projector', () => {
  it('opens for the phones but offers no reveal, and says only the facilitator sees the answers', async () => {
    const host = fakeLiveHost();
    const el = authored<PbPoll>(RATING);
    el.activityHost = host;
    await mount(el);
    expect(el.definition).toMatchObject({ id: 'session-useful', kind: 'scale', rating: true });
    host.setView(pollView({ pollId: 'session-useful', kind: 'scale', answerCount: 6 }));
    await el.updateComplete;
    expect(shadowText(el)).toContain('Only the facilitator sees these answers, never the screen.');
    expect(shadowText(el)).toContain('Open: 6 answers');
    expect(buttonNamed(el, 'Show the results')).toBeUndefined();
    // The keyboard reaches the one control there is.
    buttonNamed(el, 'Close the poll')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(host.closePoll).toHaveBeenCalledWith('session-useful');
    await expectAccessible();
  });

  it('asks for no show of hands without phones: a raised hand is not anonymous', async () => {
    const el = authored<PbPoll>(RATING);
    el.activityHost = showOfHands;
    await mount(el);
    expect(el.shadowRoot!.querySelector('input')).toBeNull();
    expect(shadowText(el)).toContain('Answered on phones only, anonymously. Without phones, skip this question.');
    await expectAccessible();
  });
});
