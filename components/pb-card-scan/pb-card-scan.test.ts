import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { classroom, renderFrame } from '../../scripts/cards/classroom-frame';
import { setLanguage } from '../../i18n/i18n';
import { showOfHands, type ActivityHost } from '../activity-host';
import { fakeLiveHost, pollView } from '../fake-live-host';
import '../pb-agree-scale/pb-agree-scale';
import type { PbAgreeScale } from '../pb-agree-scale/pb-agree-scale';
import '../pb-myth-or-fact/pb-myth-or-fact';
import type { PbMythOrFact } from '../pb-myth-or-fact/pb-myth-or-fact';
import '../pb-poll/pb-poll';
import type { PbPoll } from '../pb-poll/pb-poll';
import { expectAccessible, mount, shadowText } from '../test-helpers';
import type { PbCardScan } from './pb-card-scan';

const THREE = `<pb-poll id="first-step" kind="single" question="What should Sam do first?">
  <pb-option id="pay">Pay</pb-option>
  <pb-option id="screenshots">Take screenshots</pb-option>
  <pb-option id="block">Block at once</pb-option>
</pb-poll>`;

async function poll(markup: string): Promise<PbPoll> {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const element = template.content.firstElementChild as PbPoll;
  element.activityHost = showOfHands;
  return mount(element);
}

/**
 * A camera that films a made-up class holding up 30 cards: a canvas with the frame, streamed. Returns the
 * stream's track (to check it stops) and the answers the cards show.
 */
function fakeCamera(answers = 4): { tracks: MediaStreamTrack[]; letters: number[] } {
  const scene = classroom(30, 31, {}, answers);
  const canvas = document.createElement('canvas');
  canvas.width = scene.width;
  canvas.height = scene.height;
  const context = canvas.getContext('2d')!;
  context.putImageData(new ImageData(renderFrame(scene), scene.width, scene.height), 0, 0);
  const tracks: MediaStreamTrack[] = [];
  vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockImplementation(async () => {
    const stream = canvas.captureStream(10);
    // A captured canvas sends a frame only when drawn: keep drawing it, like a camera.
    const timer = setInterval(() => context.putImageData(context.getImageData(0, 0, 1, 1), 0, 0), 100);
    stream.getVideoTracks()[0]!.addEventListener('ended', () => clearInterval(timer));
    tracks.push(...stream.getTracks());
    return stream;
  });
  return { tracks, letters: scene.cards.map((card) => card.letter) };
}

const scanner = () => document.querySelector('pb-card-scan') as PbCardScan | null;
const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

async function until<T>(check: () => T | undefined | null | false, timeout = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeEach(async () => {
  await setLanguage('en');
});
afterEach(() => {
  vi.restoreAllMocks();
  scanner()?.remove();
});

describe('scanning answer cards on a poll counted by hand', () => {
  it('adds the cards’ answers to the hands, shows only how many were read, and stops the camera', async () => {
    const camera = fakeCamera();
    const el = await poll(THREE);
    await userEvent.click(button(el.shadowRoot!, 'Scan cards')!);
    const scan = await until(scanner);
    await scan.updateComplete;
    const root = scan.shadowRoot!;
    expect(root.querySelector('dialog')!.open).toBe(true);
    // The letters' answers, in large type for the class.
    expect(
      [...root.querySelectorAll('ol.letters li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).toEqual(['A Pay', 'B Take screenshots', 'C Block at once']);
    await until(() => !button(root, 'Scan')!.disabled);
    await userEvent.click(button(root, 'Scan')!);
    await until(() => /cards read/.test(root.querySelector('[role=status]')!.textContent!));
    const counted = camera.letters.filter((letter) => letter < 3).length;
    const status = root.querySelector('[role=status]')!.textContent!.trim();
    expect(Number(/(\d+) cards read/.exec(status)![1])).toBeGreaterThanOrEqual(29);
    // Which card said what is never on screen: only how many.
    expect(shadowText(scan)).not.toMatch(/card \d+\b(?! read)/i);
    await expectAccessible(scan);

    // Scan again: the same cards, read again, count once.
    await userEvent.click(button(root, 'Scan again')!);
    await until(() => !button(root, 'Scan again')!.disabled);
    const add = [...root.querySelectorAll('button')].find((b) =>
      /^Add \d+ answers to the poll$/.test(b.textContent!.trim()),
    )!;
    await userEvent.click(add);
    await until(() => !scanner());
    const hands = ['pay', 'screenshots', 'block'].map((id) =>
      Number(el.shadowRoot!.querySelector<HTMLInputElement>(`#hands-${id}`)!.value || 0),
    );
    const expected = [0, 1, 2].map((letter) => camera.letters.filter((l) => l === letter).length);
    // At most one card of the class missed: every count is its cards' or one less.
    hands.forEach((count, i) => expect(expected[i]! - count).toBeGreaterThanOrEqual(0));
    expect(expected.reduce((a, b) => a + b) - hands.reduce((a, b) => a + b)).toBeLessThanOrEqual(1);
    expect(counted).toBe(expected.reduce((a, b) => a + b));
    expect(camera.tracks.every((track) => track.readyState === 'ended')).toBe(true);
    // The focus goes back to the button that opened the scanner.
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Scan cards');
  }, 120_000);

  it('says so when the camera is refused, and Escape closes it with nothing added', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(new DOMException('no', 'NotAllowedError'));
    const el = await poll(THREE);
    await userEvent.click(button(el.shadowRoot!, 'Scan cards')!);
    const scan = await until(scanner);
    await until(() => scan.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim());
    expect(scan.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('The camera was refused');
    expect(button(scan.shadowRoot!, 'Scan')!.disabled).toBe(true);
    await expectAccessible(scan);
    await userEvent.keyboard('{Escape}');
    await until(() => !scanner());
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#hands-pay')!.value).toBe('');
  });

  it('counts myth (A) and fact (B) on a myth-or-fact statement', async () => {
    const camera = fakeCamera(2);
    const template = document.createElement('template');
    template.innerHTML = `<pb-myth-or-fact id="pays" statement="If you pay, they stop." answer="myth">Why.</pb-myth-or-fact>`;
    const el = template.content.firstElementChild as PbMythOrFact;
    el.activityHost = showOfHands;
    await mount(el);
    await userEvent.click(button(el.shadowRoot!, 'Scan cards')!);
    const root = (await until(scanner)).shadowRoot!;
    await until(() => root.querySelector('ol.letters li'));
    expect(
      [...root.querySelectorAll('ol.letters li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).toEqual(['A Myth', 'B Fact']);
    await until(() => !button(root, 'Scan')!.disabled);
    await userEvent.click(button(root, 'Scan')!);
    await until(() => button(root, 'Scan again') && !button(root, 'Scan again')!.disabled);
    await userEvent.click([...root.querySelectorAll('button')].find((b) => /^Add/.test(b.textContent!.trim()))!);
    await until(() => !scanner());
    const hands = ['myth', 'fact'].map((v) =>
      Number(el.shadowRoot!.querySelector<HTMLInputElement>(`#hands-${v}`)!.value || 0),
    );
    const held = [0, 1].map((letter) => camera.letters.filter((l) => l === letter).length);
    expect(held[0]! + held[1]!).toBe(30);
    hands.forEach((count, i) => expect(held[i]! - count).toBeGreaterThanOrEqual(0));
    expect(30 - hands[0]! - hands[1]!).toBeLessThanOrEqual(1);
  }, 120_000);

  it('in a live session, sends a myth-or-fact’s cards to the open poll, and offers none once it is closed', async () => {
    const camera = fakeCamera(2);
    const host = Object.assign(fakeLiveHost(), {
      addPaperCounts: vi.fn<NonNullable<ActivityHost['addPaperCounts']>>(async () => ({ ok: true })),
    });
    const template = document.createElement('template');
    template.innerHTML = `<pb-myth-or-fact id="pays" statement="If you pay, they stop." answer="myth">Why.</pb-myth-or-fact>`;
    const el = template.content.firstElementChild as PbMythOrFact;
    el.activityHost = host;
    await mount(el);
    expect(button(el.shadowRoot!, 'Scan cards')).toBeUndefined();
    host.setView(pollView({ pollId: 'pays', kind: 'quiz', answerCount: 2 }));
    await until(() => button(el.shadowRoot!, 'Scan cards'));
    await userEvent.click(button(el.shadowRoot!, 'Scan cards')!);
    const root = (await until(scanner)).shadowRoot!;
    await until(() => !button(root, 'Scan')!.disabled);
    await userEvent.click(button(root, 'Scan')!);
    await until(() => button(root, 'Scan again') && !button(root, 'Scan again')!.disabled);
    await userEvent.click([...root.querySelectorAll('button')].find((b) => /^Add/.test(b.textContent!.trim()))!);
    await until(() => !scanner());
    expect(host.addPaperCounts).toHaveBeenCalledTimes(1);
    const [pollId, counts] = host.addPaperCounts.mock.calls[0]!;
    expect(pollId).toBe('pays');
    const held = [0, 1].map((letter) => camera.letters.filter((l) => l === letter).length);
    counts.forEach((count, i) => expect(held[i]! - count).toBeGreaterThanOrEqual(0));
    expect(30 - counts[0]! - counts[1]!).toBeLessThanOrEqual(1);

    // The server's view: the slide says how many came on cards; a closed poll takes no more.
    host.setView(pollView({ pollId: 'pays', kind: 'quiz', answerCount: 32, paperCount: 30 }));
    await until(() => shadowText(el).includes('Open: 32 answers (30 answers on cards)'));
    host.setView(pollView({ pollId: 'pays', kind: 'quiz', status: 'closed', answerCount: 32, paperCount: 30 }));
    await until(() => !button(el.shadowRoot!, 'Scan cards'));
  }, 120_000);

  it('offers no cards for a poll of five answers or an agree scale of five points, and puts no note on the slide', async () => {
    const el = await poll(`<pb-poll id="agree" kind="scale" question="How sure are you?" min="1" max="5"
      min-label="Not at all" max-label="Completely"></pb-poll>`);
    expect(button(el.shadowRoot!, 'Scan cards')).toBeUndefined();
    expect(shadowText(el)).not.toContain('cards');
    // The five-point agree scale of the decks, the same.
    const template = document.createElement('template');
    template.innerHTML = `<pb-agree-scale id="easy" statement="It’s easy to tell a fake profile."></pb-agree-scale>`;
    const agree = template.content.firstElementChild as PbAgreeScale;
    agree.activityHost = showOfHands;
    await mount(agree);
    expect(button(agree.shadowRoot!, 'Scan cards')).toBeUndefined();
    expect(shadowText(agree)).not.toContain('cards');
  });
});
